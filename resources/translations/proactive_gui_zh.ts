<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Channel</name>
    <message>
        <source>Red laser power</source>
        <translation>红色激光功率</translation>
    </message>
    <message>
        <source>Green laser power</source>
        <translation>绿色激光功率</translation>
    </message>
    <message>
        <source>Focus quality (FWHM)</source>
        <translation>聚焦质量 (FWHM)</translation>
    </message>
    <message>
        <source>Camera temperature</source>
        <translation>相机温度</translation>
    </message>
    <message>
        <source>Stage X following error</source>
        <translation>载物台 X 跟随误差</translation>
    </message>
    <message>
        <source>Stage Y following error</source>
        <translation>载物台 Y 跟随误差</translation>
    </message>
    <message>
        <source>Z focus tracking error</source>
        <translation>Z 聚焦跟踪误差</translation>
    </message>
    <message>
        <source>Stage motor current</source>
        <translation>载物台电机电流</translation>
    </message>
    <message>
        <source>Door interlock</source>
        <translation>舱门联锁</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Flow-cell temperature</source>
        <translation>流动槽温度</translation>
    </message>
    <message>
        <source>Flow-cell setpoint</source>
        <translation>流动槽设定值</translation>
    </message>
    <message>
        <source>Reagent chiller</source>
        <translation>试剂冷却器</translation>
    </message>
    <message>
        <source>Ambient temperature</source>
        <translation>环境温度</translation>
    </message>
    <message>
        <source>Pump pressure</source>
        <translation>泵压力</translation>
    </message>
    <message>
        <source>Flow rate</source>
        <translation>流速</translation>
    </message>
    <message>
        <source>Bubble detections</source>
        <translation>气泡检测次数</translation>
    </message>
    <message>
        <source>Vacuum check pressure</source>
        <translation>真空检查压力</translation>
    </message>
    <message>
        <source>Intensity P90 ({chemistry})</source>
        <translation>强度 P90 ({chemistry})</translation>
    </message>
    <message>
        <source>Focus FWHM ({chemistry})</source>
        <translation>聚焦 FWHM ({chemistry})</translation>
    </message>
    <message>
        <source>Signal to noise</source>
        <translation>信噪比</translation>
    </message>
    <message>
        <source>Focus spread across tiles</source>
        <translation>图块间聚焦离散度</translation>
    </message>
    <message>
        <source>Focus difference between swaths</source>
        <translation>条带间聚焦差异</translation>
    </message>
    <message>
        <source>Focus difference between surfaces</source>
        <translation>表面间聚焦差异</translation>
    </message>
    <message>
        <source>Clusters passing filter</source>
        <translation>通过过滤的簇</translation>
    </message>
    <message>
        <source>Cluster density</source>
        <translation>簇密度</translation>
    </message>
    <message>
        <source>Occupied wells</source>
        <translation>已占用孔</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>定相</translation>
    </message>
    <message>
        <source>Prephasing</source>
        <translation>预定相</translation>
    </message>
    <message>
        <source>Worst tile intensity loss</source>
        <translation>最差图块强度损失</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Bases ≥ Q30</source>
        <translation>碱基 ≥ Q30</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Outbound connection</source>
        <translation>出站连接</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>TLS inspection</source>
        <translation>TLS 检查</translation>
    </message>
    <message>
        <source>HTTP and authentication</source>
        <translation>HTTP 和身份验证</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>No inbound ports</source>
        <translation>无入站端口</translation>
    </message>
    <message>
        <source>Token storage</source>
        <translation>令牌存储</translation>
    </message>
    <message>
        <source>Spool key storage</source>
        <translation>队列密钥存储</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>发送仪器性能数据</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Sent: instrument performance (the health of the optical, mechanical, thermal and fluidics subsystems, alerts, early warnings, operational events), run performance (quality scores, yield), and the instrument&apos;s and run&apos;s configuration (models, serials, software versions, kit and flow-cell lots). Never sent: sequencing data, personal data, or health data. The Payload page shows every byte before it leaves.</source>
        <translation>发送：仪器性能数据（光学系统、机械系统、热力系统和流体系统的状态，以及警报、早期预警和操作事件）、运行性能数据（Q-score、产量），以及仪器配置数据和运行配置数据（型号、序列号、软件版本、试剂和流动槽批号）。绝不发送：测序运行数据、个人身份信息或受保护的健康信息。“数据包”页面会在数据离开此 PC 之前显示每个字节。</translation>
    </message>
    <message>
        <source>Where: to {service}, at {host} ({endpoint}), over TLS.</source>
        <translation>发送至：{service}，位于 {host}（{endpoint}），通过 TLS 传输。</translation>
    </message>
    <message>
        <source>Where: to {service}, but no receiver is set yet (Settings, endpoint): nothing can leave this PC until one is.</source>
        <translation>发送至：{service}，但尚未设置接收端（“设置”中的 endpoint）：设置之前，不会有任何数据离开此 PC。</translation>
    </message>
    <message>
        <source>How often: when a run starts, every {minutes} minutes while it runs, and when it ends.</source>
        <translation>发送频率：运行开始时、运行期间每 {minutes} 分钟一次，以及运行结束时。</translation>
    </message>
</context>
<context>
    <name>ConsentLog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>更改来源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>接收端</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>此窗口</translation>
    </message>
    <message>
        <source>the consent command</source>
        <translation>consent 命令</translation>
    </message>
    <message>
        <source>config set (terminal)</source>
        <translation>config set（终端）</translation>
    </message>
</context>
<context>
    <name>Consumable</name>
    <message>
        <source>Flow cell</source>
        <translation>流动槽</translation>
    </message>
    <message>
        <source>PR2 buffer bottle</source>
        <translation>PR2 缓冲液瓶</translation>
    </message>
    <message>
        <source>Reagent kit</source>
        <translation>试剂盒</translation>
    </message>
    <message>
        <source>Reagent cartridge</source>
        <translation>试剂卡盒</translation>
    </message>
    <message>
        <source>Dry cartridge</source>
        <translation>干式卡盒</translation>
    </message>
    <message>
        <source>Wet cartridge</source>
        <translation>湿式卡盒</translation>
    </message>
    <message>
        <source>Library tube</source>
        <translation>文库管</translation>
    </message>
    <message>
        <source>SBS reagents</source>
        <translation>SBS 试剂</translation>
    </message>
    <message>
        <source>Cluster reagents</source>
        <translation>簇生成试剂</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>缓冲液</translation>
    </message>
    <message>
        <source>Index reagents</source>
        <translation>索引试剂</translation>
    </message>
    <message>
        <source>Paired-end reagents</source>
        <translation>双端试剂</translation>
    </message>
    <message>
        <source>Reagents</source>
        <translation>试剂</translation>
    </message>
</context>
<context>
    <name>CyclePlots</name>
    <message>
        <source>Cycle</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Intensity (P90) per channel</source>
        <translation>各通道强度 (P90)</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Focus (FWHM) per channel</source>
        <translation>各通道聚焦 (FWHM)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>not sent: its value does not look like a serial</source>
        <translation>未发送：其值看起来不像序列号</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a version</source>
        <translation>未发送：其值看起来不像版本号</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a name</source>
        <translation>未发送：其值看起来不像名称</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a setting&apos;s value</source>
        <translation>未发送：其值看起来不像设置值</translation>
    </message>
    <message>
        <source>not sent: it reads as free text, not a setting</source>
        <translation>未发送：其内容像自由文本，而非设置</translation>
    </message>
    <message>
        <source>not sent: it repeats a value that stays on this PC</source>
        <translation>未发送：它重复了保留在此 PC 上的值</translation>
    </message>
    <message>
        <source>not sent: its name reads as personal data</source>
        <translation>未发送：其名称看起来属于个人身份信息</translation>
    </message>
    <message>
        <source>not sent: the allow-list does not name it</source>
        <translation>未发送：允许列表中未列出</translation>
    </message>
    <message>
        <source>stays on this PC: the allow-list does not name this field</source>
        <translation>保留在此 PC 上：允许列表中未列出此字段</translation>
    </message>
    <message>
        <source>allowed, but no payload field carries it, so it stays on this PC</source>
        <translation>已允许，但没有数据包字段携带它，因此保留在此 PC 上</translation>
    </message>
    <message>
        <source>stays on this PC: a library tube&apos;s barcode is recorded with the library it holds, so it could link to samples</source>
        <translation>保留在此 PC 上：文库管的条形码与管中文库一同记录，因此可能关联到样品</translation>
    </message>
    <message>
        <source>sent as {fields}</source>
        <translation>作为 {fields} 发送</translation>
    </message>
    <message>
        <source>sent: the same value is in {fields}</source>
        <translation>发送：相同的值已包含在 {fields} 中</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Door opened</source>
        <translation>舱门已打开</translation>
    </message>
    <message>
        <source>Door closed</source>
        <translation>舱门已关闭</translation>
    </message>
    <message>
        <source>Vacuum check passed</source>
        <translation>真空检查通过</translation>
    </message>
    <message>
        <source>Bubble detected in the fluidics line (cycle {cycle})</source>
        <translation>流体管路中检测到气泡（循环 {cycle}）</translation>
    </message>
    <message>
        <source>Run started: pre-run checks</source>
        <translation>运行已开始：运行前检查</translation>
    </message>
    <message>
        <source>Pre-run checks passed</source>
        <translation>运行前检查通过</translation>
    </message>
    <message>
        <source>Sequencing started: {cycles} cycles</source>
        <translation>测序已开始：{cycles} 个循环</translation>
    </message>
    <message>
        <source>Cycles done; post-run wash started</source>
        <translation>循环已完成；运行后清洗已开始</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>运行完成</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>endpoint</source>
        <translation>接收端地址</translation>
    </message>
    <message>
        <source>token stored</source>
        <translation>已存储令牌</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>from</source>
        <translation>代理来源</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>proxy&apos;s answer</source>
        <translation>代理的响应</translation>
    </message>
    <message>
        <source>authentication asked for</source>
        <translation>要求的身份验证</translation>
    </message>
    <message>
        <source>authentication sent</source>
        <translation>发送的身份验证</translation>
    </message>
    <message>
        <source>found in</source>
        <translation>发现位置</translation>
    </message>
    <message>
        <source>PAC file</source>
        <translation>PAC 文件</translation>
    </message>
    <message>
        <source>PAC file named by</source>
        <translation>PAC 文件指定方</translation>
    </message>
    <message>
        <source>PAC file&apos;s answer</source>
        <translation>PAC 文件的结果</translation>
    </message>
    <message>
        <source>proxy user</source>
        <translation>代理用户</translation>
    </message>
    <message>
        <source>resolves on this PC</source>
        <translation>可在此 PC 上解析</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>解析方</translation>
    </message>
    <message>
        <source>via</source>
        <translation>经由</translation>
    </message>
    <message>
        <source>extra CA bundle</source>
        <translation>额外 CA 证书包</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>TLS 版本</translation>
    </message>
    <message>
        <source>cipher</source>
        <translation>密码套件</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>days until the certificate expires</source>
        <translation>证书剩余有效天数</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>trusted through</source>
        <translation>信任依据</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>已通过身份验证</translation>
    </message>
    <message>
        <source>clock difference (s)</source>
        <translation>时钟偏差（秒）</translation>
    </message>
    <message>
        <source>listening on</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <source>where</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>keyring backend</source>
        <translation>密钥环后端</translation>
    </message>
    <message>
        <source>opt-in on</source>
        <translation>同意选项已开启</translation>
    </message>
    <message>
        <source>locked by the IT policy</source>
        <translation>已被 IT 策略锁定</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>{path} could not be written: {why}</source>
        <translation>无法写入 {path}：{why}</translation>
    </message>
</context>
<context>
    <name>FlowCellMap</name>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Lane · surface · swath</source>
        <translation>泳道 · 表面 · 条带</translation>
    </message>
    <message>
        <source>Tile within swath</source>
        <translation>条带内图块</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>{channel} reaches its failure limit at about cycle {cycle} of {total}</source>
        <translation>{channel} 将在约第 {cycle} 个循环（共 {total} 个）达到故障限值</translation>
    </message>
    <message>
        <source>Failure predicted in ~{time} ({channel})</source>
        <translation>预计约 {time} 后出现故障（{channel}）</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Per-cycle signals of the optical, mechanical and fluidics subsystems from the run folder: the median over the flow cell&apos;s tiles, each channel on its own scale. Works without a network. Amber dashed lines are warning levels, red failure levels, drawn where a limit applies to the value itself; a band counts only when several cycles in a row are beyond it.</source>
        <translation>来自运行文件夹的光学、机械和流体系统逐循环信号：取流动槽各图块的中位数，每个通道使用各自的刻度。无需网络即可使用。琥珀色虚线为警告限值，红色为故障限值，仅在限值直接适用于该数值时绘制；只有连续多个循环超出时才计入。</translation>
    </message>
    <message>
        <source>Live signals of the optical, mechanical, thermal and fluidics subsystems, measured on the instrument. Works without a network. Lines: amber dashed is the warning level, red the failure level; they apply to half-minute medians, so a single spike does not count.</source>
        <translation>在仪器上测量的光学、机械、热力和流体系统实时信号。无需网络即可使用。线条：琥珀色虚线为警告限值，红色为故障限值；二者适用于半分钟中位数，因此单个尖峰不计入。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>最近 10 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>整个运行</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Newest reading</source>
        <translation>最新读数</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>{subsystem}: not measured by this source (a run folder records no temperatures).</source>
        <translation>{subsystem}：此来源未测量（运行文件夹不记录温度）。</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n open)</source>
        <translation>
            <numerusform>警报（%n 个未解除）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMeasure</name>
    <message>
        <source>first-cycle intensity ({chemistry})</source>
        <translation>首个循环强度 ({chemistry})</translation>
    </message>
    <message>
        <source>first-cycle focus FWHM ({chemistry})</source>
        <translation>首个循环聚焦 FWHM ({chemistry})</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>phasing</source>
        <translation>定相</translation>
    </message>
    <message>
        <source>prephasing</source>
        <translation>预定相</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Every run read on this PC, and the trends across runs of each instrument: when a value heads for its service limit, the forecast says in how many runs it gets there.</source>
        <translation>此 PC 上读取过的每个运行，以及每台仪器跨运行的趋势：当某个数值趋向其服务限值时，预测会给出还需多少次运行才会达到。</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Trend across runs</source>
        <translation>跨运行趋势</translation>
    </message>
    <message>
        <source>One point per run</source>
        <translation>每次运行一个点</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>运行开始时间</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>仪器</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>循环数</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reading run folders into the history: {done} of {total} ({name})</source>
        <translation>正在将运行文件夹读入历史记录：{done} / {total}（{name}）</translation>
    </message>
    <message numerus="yes">
        <source>%n run folder(s) under {root}</source>
        <translation>
            <numerusform>{root} 下有 %n 个运行文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>已读取 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个未更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (shown in the table)</source>
        <translation>
            <numerusform>%n 个已损坏（见表格）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer on the disk</source>
        <translation>
            <numerusform>%n 个已不在磁盘上</numerusform>
        </translation>
    </message>
    <message>
        <source>The history database was damaged; it was kept aside and is rebuilt from the run folders.</source>
        <translation>历史记录数据库已损坏；已将其另行保留，并根据运行文件夹重建。</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>无法读取历史记录：{reason}</translation>
    </message>
    <message>
        <source>No forecast: no instrument&apos;s series of comparable runs is heading for a service limit.</source>
        <translation>无预测：没有任何仪器的可比运行序列正趋向服务限值。</translation>
    </message>
    <message>
        <source>{subsystem}: {what} has reached the service limit</source>
        <translation>{subsystem}：{what} 已达到服务限值</translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} down {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}：{what} 在 %n 次运行中下降了 {change}%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} up {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}：{what} 在 %n 次运行中上升了 {change}%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at this rate it reaches the service limit in about %n run(s)</source>
        <translation>
            <numerusform>按此趋势，约 %n 次运行后将达到服务限值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n day(s))</source>
        <translation>
            <numerusform>（约 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>no metrics</source>
        <translation>无指标</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Service due soon</source>
        <translation>即将需要维护</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo (simulated instrument)</source>
        <translation>{app} — 演示（模拟仪器）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Run quality</source>
        <translation>运行质量</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>DEMO — simulated instrument. These readings are not from a real instrument, and nothing from the demo is queued for sending.</source>
        <translation>演示 — 模拟仪器。这些读数并非来自真实仪器，演示中的任何数据都不会排队发送。</translation>
    </message>
    <message>
        <source>This window follows the run folder it was opened with; the new run folder root applies when the app next starts.</source>
        <translation>此窗口跟随打开时所用的运行文件夹；新的运行文件夹根目录将在下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Demo instrument — scenario: {scenario} — speed ×{speed:g}</source>
        <translation>演示仪器 — 场景：{scenario} — 速度 ×{speed:g}</translation>
    </message>
    <message>
        <source>the simulator stopped: {error}</source>
        <translation>模拟器已停止：{error}</translation>
    </message>
    <message>
        <source>Run folder: {folder}</source>
        <translation>运行文件夹：{folder}</translation>
    </message>
    <message>
        <source>run time {time}</source>
        <translation>运行时间 {time}</translation>
    </message>
    <message>
        <source>Still running in the tray: monitoring and uploads go on.</source>
        <translation>仍在系统托盘中运行：监测和上传将继续。</translation>
    </message>
    <message>
        <source>No run folder in {folder}: no RunInfo.xml there or up to two levels below.</source>
        <translation>{folder} 中没有运行文件夹：该处及其下两级内均无 RunInfo.xml。</translation>
    </message>
    <message>
        <source>{run} opens in a window of its own (this one shows the demo).</source>
        <translation>{run} 将在单独的窗口中打开（此窗口显示演示）。</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>The instrument&apos;s output folder</source>
        <translation>仪器的输出文件夹</translation>
    </message>
</context>
<context>
    <name>Netcheck</name>
    <message>
        <source>the Configuration check did not pass</source>
        <translation>“配置”检查未通过</translation>
    </message>
    <message>
        <source>the Proxy check did not pass</source>
        <translation>“代理”检查未通过</translation>
    </message>
    <message>
        <source>the DNS check did not pass</source>
        <translation>“DNS”检查未通过</translation>
    </message>
    <message>
        <source>the Outbound connection check did not pass</source>
        <translation>“出站连接”检查未通过</translation>
    </message>
    <message>
        <source>the TLS check did not pass</source>
        <translation>“TLS”检查未通过</translation>
    </message>
    <message>
        <source>the HTTP and authentication check was skipped, so no time was read</source>
        <translation>“HTTP 和身份验证”检查已跳过，因此未读取到时间</translation>
    </message>
    <message>
        <source>no instrument token is stored (see Configuration)</source>
        <translation>未存储仪器令牌（见“配置”）</translation>
    </message>
    <message>
        <source>the TLS check did not run</source>
        <translation>“TLS”检查未执行</translation>
    </message>
    <message>
        <source>the TLS check failed for another reason</source>
        <translation>“TLS”检查因其他原因失败</translation>
    </message>
    <message>
        <source>the receiver sent no Date header</source>
        <translation>接收端未发送 Date 标头</translation>
    </message>
    <message>
        <source>the receiver did not answer</source>
        <translation>接收端未响应</translation>
    </message>
    <message>
        <source>cannot list sockets on this system</source>
        <translation>无法列出此系统上的套接字</translation>
    </message>
    <message>
        <source>setting (none)</source>
        <translation>设置（无）</translation>
    </message>
    <message>
        <source>system (environment or OS settings)</source>
        <translation>系统（环境变量或操作系统设置）</translation>
    </message>
    <message>
        <source>system: none for this host</source>
        <translation>系统：此主机不使用代理</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>a PAC file</source>
        <translation>PAC 文件</translation>
    </message>
    <message>
        <source>a PAC file that cannot be used: direct</source>
        <translation>无法使用的 PAC 文件：直接连接</translation>
    </message>
    <message>
        <source>environment variables (HTTPS_PROXY)</source>
        <translation>环境变量（HTTPS_PROXY）</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet, this user)</source>
        <translation>Windows Internet 选项（WinINet，当前用户）</translation>
    </message>
    <message>
        <source>Windows WinHTTP (this machine)</source>
        <translation>Windows WinHTTP（本机）</translation>
    </message>
    <message>
        <source>macOS network settings</source>
        <translation>macOS 网络设置</translation>
    </message>
    <message>
        <source>none found (in the OS&apos;s settings, or by WPAD): the system&apos;s proxy is used</source>
        <translation>未找到（操作系统设置中或通过 WPAD）：使用系统代理</translation>
    </message>
    <message>
        <source>the proxy setting</source>
        <translation>代理设置</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet)</source>
        <translation>Windows Internet 选项（WinINet）</translation>
    </message>
    <message>
        <source>WPAD (DNS)</source>
        <translation>WPAD（DNS）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接连接</translation>
    </message>
    <message>
        <source>the proxy {proxy}</source>
        <translation>代理 {proxy}</translation>
    </message>
    <message>
        <source>OS trust store</source>
        <translation>操作系统信任存储</translation>
    </message>
    <message>
        <source>OS trust store + {ca_bundle}</source>
        <translation>操作系统信任存储 + {ca_bundle}</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>操作系统密钥环</translation>
    </message>
    <message>
        <source>a file readable only by this user, not the OS keyring</source>
        <translation>仅此用户可读的文件，而非操作系统密钥环</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>a file, not the OS keyring</source>
        <translation>文件，而非操作系统密钥环</translation>
    </message>
    <message>
        <source>Set the receiver&apos;s HTTPS address: proactive-gui config set endpoint https://&lt;receiver&gt;</source>
        <translation>请设置接收端的 HTTPS 地址：proactive-gui config set endpoint https://&lt;receiver&gt;</translation>
    </message>
    <message>
        <source>Store the instrument token: proactive-gui config set-secret token</source>
        <translation>请存储仪器令牌：proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling.</source>
        <translation>此处无法解析该名称。请检查此 PC 的 DNS 服务器，或接收端地址的拼写。</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling (the proxy may still resolve it).</source>
        <translation>此处无法解析该名称。请检查此 PC 的 DNS 服务器，或接收端地址的拼写（代理仍可能解析该名称）。</translation>
    </message>
    <message>
        <source>The PAC file {url} cannot be used ({error}), so the uploader connects directly. Check its address (proactive-gui config set proxy pac:URL), or ask IT where the PAC file is.</source>
        <translation>无法使用 PAC 文件 {url}（{error}），因此上传程序将直接连接。请检查其地址（proactive-gui config set proxy pac:URL），或向 IT 部门询问 PAC 文件的位置。</translation>
    </message>
    <message>
        <source>The proxy&apos;s name {host} does not resolve on this PC. Check its spelling in the proxy setting (proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;) and this PC&apos;s DNS servers.</source>
        <translation>代理名称 {host} 在此 PC 上无法解析。请检查代理设置中的拼写（proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;）以及此 PC 的 DNS 服务器。</translation>
    </message>
    <message>
        <source>Nothing listens on port {port} of the proxy {host}: the connection was refused. Check the port in the proxy setting, and ask IT whether the proxy service runs.</source>
        <translation>代理 {host} 的端口 {port} 上没有服务在监听：连接被拒绝。请检查代理设置中的端口，并向 IT 部门确认代理服务是否在运行。</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} does not answer ({error}). Check its address in the proxy setting; a firewall may drop traffic from this PC to it.</source>
        <translation>代理 {host}:{port} 无响应（{error}）。请检查代理设置中的地址；防火墙可能丢弃了从此 PC 发往该代理的流量。</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} took the connection but did not answer the tunnel request (CONNECT). Check that this address and port are those of an HTTP proxy.</source>
        <translation>代理 {host}:{port} 接受了连接，但未响应隧道请求（CONNECT）。请确认该地址和端口属于 HTTP 代理。</translation>
    </message>
    <message>
        <source>{host}:{port} did not answer as an HTTP proxy does. Check the address and port in the proxy setting: it may be a SOCKS proxy or a web server.</source>
        <translation>{host}:{port} 的响应不符合 HTTP 代理的方式。请检查代理设置中的地址和端口：它可能是 SOCKS 代理或 Web 服务器。</translation>
    </message>
    <message>
        <source>The proxy demands authentication ({schemes}). Put the proxy user in the setting: proactive-gui config set proxy http://USER@{host}:{port}, then store its password: proactive-gui config set-secret proxy_password</source>
        <translation>代理要求身份验证（{schemes}）。请在设置中填写代理用户：proactive-gui config set proxy http://USER@{host}:{port}，然后存储其密码：proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused the user {user} with the stored password ({scheme}). Check the user in the proxy setting (DOMAIN\user is written DOMAIN%5Cuser) and store the current password: proactive-gui config set-secret proxy_password</source>
        <translation>代理拒绝了用户 {user} 及已存储的密码（{scheme}）。请检查代理设置中的用户（DOMAIN\user 应写为 DOMAIN%5Cuser），并存储当前密码：proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused this PC&apos;s Windows login ({scheme}). Ask IT whether this user may use the proxy, or name a proxy user: proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}, then proactive-gui config set-secret proxy_password</source>
        <translation>代理拒绝了此 PC 的 Windows 登录（{scheme}）。请向 IT 部门确认此用户是否可以使用代理，或指定代理用户：proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}，然后执行 proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy accepts only {schemes} authentication, which this app does not speak (it speaks Basic, NTLM and Negotiate). Ask IT to allow one of those for this PC, or to let it reach {target} without authentication.</source>
        <translation>代理仅接受 {schemes} 身份验证，本应用不支持该方式（支持 Basic、NTLM 和 Negotiate）。请让 IT 部门为此 PC 允许其中一种方式，或允许此 PC 无需身份验证即可访问 {target}。</translation>
    </message>
    <message>
        <source>The proxy refuses the tunnel to {target} ({answer}). Ask IT to allow HTTPS (CONNECT) from this PC to {target} in the proxy&apos;s rules.</source>
        <translation>代理拒绝建立到 {target} 的隧道（{answer}）。请让 IT 部门在代理规则中允许从此 PC 到 {target} 的 HTTPS（CONNECT）。</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not reach {target} ({answer}). Check the endpoint&apos;s host name, and ask IT whether the proxy can resolve it and reach port {port}.</source>
        <translation>代理 {proxy} 无法访问 {target}（{answer}）。请检查接收端地址中的主机名，并向 IT 部门确认代理能否解析该名称并访问端口 {port}。</translation>
    </message>
    <message>
        <source>Nothing answers on {target}. Allow outbound TCP to port {port} from this PC in the firewall, or check the address.</source>
        <translation>{target} 无响应。请在防火墙中允许此 PC 向端口 {port} 发起出站 TCP 连接，或检查地址。</translation>
    </message>
    <message>
        <source>The extra CA bundle cannot be used: it must hold PEM certificates (-----BEGIN CERTIFICATE-----). Export the CA as &apos;Base-64 encoded X.509&apos; and set it again: proactive-gui config set ca_bundle FILE.pem</source>
        <translation>无法使用额外 CA 证书包：其中必须包含 PEM 证书（-----BEGIN CERTIFICATE-----）。请以“Base64 编码 X.509”格式导出 CA 并重新设置：proactive-gui config set ca_bundle FILE.pem</translation>
    </message>
    <message>
        <source>The receiver (or a device in between) does not offer TLS 1.2 or newer. Ask for TLS 1.2/1.3 on the receiver, or exempt it from the device.</source>
        <translation>接收端（或中间设备）不提供 TLS 1.2 或更高版本。请要求接收端启用 TLS 1.2/1.3，或在该设备上为接收端设置例外。</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate expires in {days} days; ask its operator to renew it.</source>
        <translation>接收端的证书将在 {days} 天后过期；请联系其运营方续期。</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate has expired; ask its operator to renew it.</source>
        <translation>接收端的证书已过期；请联系其运营方续期。</translation>
    </message>
    <message>
        <source>The certificate is not for {host}. Check the endpoint&apos;s host name, or ask the receiver&apos;s operator for a certificate that names it.</source>
        <translation>该证书不是颁发给 {host} 的。请检查接收端地址中的主机名，或向接收端的运营方索取包含该主机名的证书。</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted here. If a proxy or firewall inspects TLS, add its CA: proactive-gui config set ca_bundle /path/to/inspection-ca.pem, or exempt {host} from inspection.</source>
        <translation>此处不信任该证书的颁发者。如果有代理或防火墙执行 TLS 检查，请添加其 CA：proactive-gui config set ca_bundle /path/to/inspection-ca.pem，或将 {host} 排除在检查之外。</translation>
    </message>
    <message>
        <source>Traffic to the receiver is presented with a certificate from an issuer this PC does not trust ({issuer}): a proxy or firewall is probably inspecting TLS. Add its CA with: proactive-gui config set ca_bundle FILE, or exempt {host} from inspection.</source>
        <translation>发往接收端的流量收到的证书来自此 PC 不信任的颁发者（{issuer}）：很可能有代理或防火墙在执行 TLS 检查。请用以下命令添加其 CA：proactive-gui config set ca_bundle FILE，或将 {host} 排除在检查之外。</translation>
    </message>
    <message>
        <source>The receiver did not answer over HTTPS; see the stages above.</source>
        <translation>接收端未通过 HTTPS 响应；请查看上方各步骤。</translation>
    </message>
    <message>
        <source>The receiver does not accept this instrument&apos;s token. Store the current one: proactive-gui config set-secret token</source>
        <translation>接收端不接受此仪器的令牌。请存储当前令牌：proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes ahead of the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>此 PC 的时钟比接收端快 {minutes} 分钟。请为此 PC 开启时间同步（NTP）。</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes behind the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>此 PC 的时钟比接收端慢 {minutes} 分钟。请为此 PC 开启时间同步（NTP）。</translation>
    </message>
    <message>
        <source>The app should never listen on a port; report this as a defect.</source>
        <translation>本应用绝不应监听任何端口；请将此作为缺陷报告。</translation>
    </message>
    <message>
        <source>The spool key is in a file readable only by this user, not the OS keyring. Install or unlock a keyring, then: proactive-gui config set spool_key_store keyring</source>
        <translation>队列密钥位于仅此用户可读的文件中，而非操作系统密钥环。请安装或解锁密钥环，然后执行：proactive-gui config set spool_key_store keyring</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>当前使用的密钥环（{backend}）将队列密钥保存在文件（{path}）中，而非操作系统密钥环。请使用操作系统密钥环（在 Linux 上为已解锁的 Secret Service，例如 GNOME Keyring 或 KeePassXC），并停止选用此后端（PYTHON_KEYRING_BACKEND 或 keyringrc.cfg）；请先发送完队列（proactive-gui deliver）：密钥不会随之迁移。</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>当前使用的密钥环（{backend}）将队列密钥保存在文件中，而非操作系统密钥环。请使用操作系统密钥环（在 Linux 上为已解锁的 Secret Service，例如 GNOME Keyring 或 KeePassXC），并停止选用此后端（PYTHON_KEYRING_BACKEND 或 keyringrc.cfg）；请先发送完队列（proactive-gui deliver）：密钥不会随之迁移。</translation>
    </message>
    <message>
        <source>No OS keyring: install or unlock one, or allow a key file: proactive-gui config set spool_key_store file</source>
        <translation>没有操作系统密钥环：请安装或解锁一个，或允许使用密钥文件：proactive-gui config set spool_key_store file</translation>
    </message>
    <message>
        <source>The instrument token (and the proxy password) are kept in a file readable only by this user, not the OS keyring. Where a keyring can be had: proactive-gui config set secret_store keyring, then store the token again: proactive-gui config set-secret token</source>
        <translation>仪器令牌（及代理密码）保存在仅此用户可读的文件中，而非操作系统密钥环。如果可以使用密钥环：proactive-gui config set secret_store keyring，然后重新存储令牌：proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>当前使用的密钥环（{backend}）将仪器令牌保存在文件（{path}）中，而非操作系统密钥环。请使用操作系统密钥环（在 Linux 上为已解锁的 Secret Service，例如 GNOME Keyring 或 KeePassXC），停止选用此后端（PYTHON_KEYRING_BACKEND 或 keyringrc.cfg），并重新存储令牌：proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>当前使用的密钥环（{backend}）将仪器令牌保存在文件中，而非操作系统密钥环。请使用操作系统密钥环（在 Linux 上为已解锁的 Secret Service，例如 GNOME Keyring 或 KeePassXC），停止选用此后端（PYTHON_KEYRING_BACKEND 或 keyringrc.cfg），并重新存储令牌：proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>No OS keyring, so the instrument token cannot be stored: install or unlock one, or keep it in a file only you can read: proactive-gui config set secret_store file</source>
        <translation>没有操作系统密钥环，因此无法存储仪器令牌：请安装或解锁一个，或将其保存在仅您可读的文件中：proactive-gui config set secret_store file</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {reason}</source>
        <translation>已被 IT 策略锁定：{reason}</translation>
    </message>
    <message>
        <source>Nothing is sent while the opt-in is off; the lab turns it on in the app (or: proactive-gui config set opt_in true).</source>
        <translation>同意选项关闭期间不会发送任何数据；实验室可在应用中开启（或执行：proactive-gui config set opt_in true）。</translation>
    </message>
    <message>
        <source>This check could not be completed ({error}: {detail}); the other checks still ran. Send this report to support.</source>
        <translation>此项检查无法完成（{error}：{detail}）；其他检查仍已执行。请将此报告发送给支持团队。</translation>
    </message>
    <message>
        <source>The checks could not run ({error}: {detail}).</source>
        <translation>无法执行检查（{error}：{detail}）。</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Readiness checks for IT, with the uploader&apos;s own address, proxy and trust settings: a green check means uploads will work.</source>
        <translation>面向 IT 的就绪检查，使用上传程序自身的地址、代理和信任设置：绿色对勾表示上传可以正常工作。</translation>
    </message>
    <message>
        <source>Run all checks</source>
        <translation>执行全部检查</translation>
    </message>
    <message>
        <source>Run the selected check</source>
        <translation>执行所选检查</translation>
    </message>
    <message>
        <source>With the stages it needs before it</source>
        <translation>连同其前置步骤</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>尚未执行</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Evidence and remedy</source>
        <translation>证据和解决方法</translation>
    </message>
    <message>
        <source>Select a stage to see its evidence and what to do.</source>
        <translation>选择一个步骤，查看其证据和处理方法。</translation>
    </message>
    <message>
        <source>Last run {age} ago</source>
        <translation>上次执行于 {age} 前</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在执行…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Warning: {channel}</source>
        <translation>警告：{channel}</translation>
    </message>
    <message>
        <source>Failure: {channel}</source>
        <translation>故障：{channel}</translation>
    </message>
    <message>
        <source>Early warning: {channel}</source>
        <translation>早期预警：{channel}</translation>
    </message>
</context>
<context>
    <name>OpenRun</name>
    <message>
        <source>Runs in this folder: {n}. Which one?</source>
        <translation>此文件夹中的运行：{n} 个。选择哪一个？</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open run folder…</source>
        <translation>打开运行文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent runs</source>
        <translation>最近的运行(&amp;R)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Before you start a run</source>
        <translation>开始运行之前</translation>
    </message>
    <message>
        <source>The instrument&apos;s run, its four subsystems, and whether data may leave this PC.</source>
        <translation>仪器的运行、四个系统，以及数据是否可以离开此 PC。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Choose the instrument&apos;s output folder…</source>
        <translation>选择仪器的输出文件夹…</translation>
    </message>
    <message>
        <source>Show the demo instead</source>
        <translation>改为显示演示</translation>
    </message>
    <message>
        <source>Data sharing and connectivity</source>
        <translation>数据共享与连接</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Nothing leaves this PC while sending is off.</source>
        <translation>发送关闭期间，不会有任何数据离开此 PC。</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Run the readiness checks on the Network page.</source>
        <translation>请在“网络”页面执行就绪检查。</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>上传队列</translation>
    </message>
    <message>
        <source>No payload is waiting to be sent.</source>
        <translation>没有等待发送的数据包。</translation>
    </message>
    <message>
        <source>Recent instrument events</source>
        <translation>最近的仪器事件</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>发送仪器性能数据</translation>
    </message>
    <message>
        <source>Turn sending on</source>
        <translation>开启发送</translation>
    </message>
    <message>
        <source>Show me the Payload page</source>
        <translation>查看“数据包”页面</translation>
    </message>
    <message>
        <source>Sending is off</source>
        <translation>发送已关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) are waiting to be sent. Discard them? (No keeps them, encrypted, until sending is turned on again.)</source>
        <translation>
            <numerusform>有 %n 个数据包等待发送。是否丢弃？（选择“否”将加密保留，直到重新开启发送。）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside, see Uploads</source>
        <translation>
            <numerusform>%n 个已搁置，见“上传”</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} ({host})</source>
        <translation>将仪器性能数据发送给 {service} ({host})</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} (no receiver set)</source>
        <translation>将仪器性能数据发送给 {service} (未设置接收端)</translation>
    </message>
    <message>
        <source>Ready to start run</source>
        <translation>可以开始运行</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Every subsystem is healthy and nothing needs attention.</source>
        <translation>所有系统均正常，无需处理任何事项。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>就绪，但有警告</translation>
    </message>
    <message>
        <source>Checked {age} ago; details on the Network page.</source>
        <translation>{age} 前已检查；详情见“网络”页面。</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Encrypted on this PC until the receiver confirms each one.</source>
        <translation>在此 PC 上加密保存，直到接收端逐一确认。</translation>
    </message>
    <message>
        <source>Kept, encrypted, until sending is turned on.</source>
        <translation>已加密保留，直到开启发送。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {why}</source>
        <translation>已被 IT 策略锁定：{why}</translation>
    </message>
    <message>
        <source>Health and run summaries are sealed and sent over TLS; see Payload.</source>
        <translation>状态和运行摘要经封装后通过 TLS 发送；见“数据包”。</translation>
    </message>
    <message>
        <source>No run folder yet</source>
        <translation>尚无运行文件夹</translation>
    </message>
    <message>
        <source>Health comes from the run folders the instrument writes. Choose the folder it writes them into (also in Settings: Run folder root), open a run folder (File ▸ Open run folder…, or drop it on this window), or look at the demo.</source>
        <translation>状态信息来自仪器写入的运行文件夹。请选择仪器写入运行文件夹的位置（也可在“设置”中设置：运行文件夹根目录），打开一个运行文件夹（文件 ▸ 打开运行文件夹…，或将其拖放到此窗口），或查看演示。</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>暂无事件。</translation>
    </message>
    <message>
        <source>Sequencing — cycle {cycle} of {total}</source>
        <translation>测序中 — 第 {cycle} / {total} 个循环</translation>
    </message>
    <message>
        <source>Complete — {cycle} of {total} cycles</source>
        <translation>已完成 — {cycle} / {total} 个循环</translation>
    </message>
    <message>
        <source>Stopped early — cycle {cycle} of {total}</source>
        <translation>提前停止 — 第 {cycle} / {total} 个循环</translation>
    </message>
    <message>
        <source>No new cycle for over 2 h — cycle {cycle} of {total}</source>
        <translation>超过 2 小时无新循环 — 第 {cycle} / {total} 个循环</translation>
    </message>
    <message>
        <source>Waiting for the first cycle — {total} planned</source>
        <translation>等待第一个循环 — 计划 {total} 个</translation>
    </message>
    <message>
        <source>%v of %m cycles</source>
        <translation>%v / %m 个循环</translation>
    </message>
    <message>
        <source>The run folder records no cycle times.</source>
        <translation>运行文件夹未记录循环时间。</translation>
    </message>
    <message>
        <source>Last cycle written {when} ({age} ago)</source>
        <translation>最后一个循环写入于 {when}（{age} 前）</translation>
    </message>
    <message>
        <source>{phase} — cycle {cycle} of {total}</source>
        <translation>{phase} — 第 {cycle} / {total} 个循环</translation>
    </message>
    <message>
        <source>Run time {time}</source>
        <translation>运行时间 {time}</translation>
    </message>
</context>
<context>
    <name>PayloadPage</name>
    <message>
        <source>Sequencing data: base calls, reads, FASTQ/BAM, sequences of any kind (index sequences too).</source>
        <translation>测序运行数据：碱基识别、读段、FASTQ/BAM、任何类型的序列（包括索引序列）。</translation>
    </message>
    <message>
        <source>Personal data (PII): names, user names, e-mail addresses, host and computer names, paths to user or network folders.</source>
        <translation>个人身份信息 (PII)：姓名、用户名、电子邮件地址、主机名和计算机名、用户或网络文件夹的路径。</translation>
    </message>
    <message>
        <source>Health data (PHI): patient names or ids, medical record numbers, dates of birth, sample and library names.</source>
        <translation>受保护的健康信息 (PHI)：患者姓名或 ID、病历号、出生日期、样品和文库名称。</translation>
    </message>
    <message>
        <source>Anything in RunParameters.xml that is not on the allow-list (listed under Not sent).</source>
        <translation>RunParameters.xml 中不在允许列表上的所有内容（列于“未发送”下）。</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Exactly what would leave this PC, byte for byte, and why. Only instrument performance, run performance, instrument configuration and run configuration: never sequencing data, personal data or health data.</source>
        <translation>逐字节显示将离开此 PC 的确切内容及其原因。仅包含仪器性能数据、运行性能数据、仪器配置数据和运行配置数据：绝不包含测序运行数据、个人身份信息或受保护的健康信息。</translation>
    </message>
    <message>
        <source>Refresh the next payload</source>
        <translation>刷新下一个数据包</translation>
    </message>
    <message>
        <source>Seal now</source>
        <translation>立即封装</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Why it is collected</source>
        <translation>收集原因</translation>
    </message>
    <message>
        <source>Select a field to read what it is and why it is collected.</source>
        <translation>选择一个字段，查看其含义和收集原因。</translation>
    </message>
    <message>
        <source>Found on this PC</source>
        <translation>在此 PC 上发现</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>不发送的原因</translation>
    </message>
    <message>
        <source>Select a row to read it in full.</source>
        <translation>选择一行以查看完整内容。</translation>
    </message>
    <message>
        <source>{kind}, not queued</source>
        <translation>{kind}，未排队</translation>
    </message>
    <message>
        <source>Draft, not yet sealed: its payload_id and created_at are set when it is sealed; every other byte is what would be sent now. Nothing was queued or sent.</source>
        <translation>草稿，尚未封装：payload_id 和 created_at 将在封装时设置；其余每个字节均为此刻将发送的内容。未排队或发送任何数据。</translation>
    </message>
    <message>
        <source>Listed for the next payload (the draft). What a sealed payload left out was listed when it was sealed; only its bytes are kept.</source>
        <translation>此处列出的是下一个数据包（草稿）的内容。已封装数据包未包含的内容仅在封装时列出；之后只保留其字节。</translation>
    </message>
    <message>
        <source>What the payload builder refused</source>
        <translation>数据包生成器拒绝的内容</translation>
    </message>
    <message>
        <source>Removed from log lines by the privacy gate</source>
        <translation>隐私过滤从日志行中移除的内容</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): {source}</source>
        <translation>
            <numerusform>%n 个值：{source}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</translation>
    </message>
    <message>
        <source>Never collected</source>
        <translation>从不收集</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Exact bytes</source>
        <translation>原始字节</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, queued (encrypted) for the upload engine.</source>
        <translation>已封装 {id}：{size} 字节，已加密并排队等待上传引擎发送。</translation>
    </message>
    <message>
        <source>Sending is off: sealed {id} ({size} bytes) on this PC only, to look at or export. It is not queued and will never be sent.</source>
        <translation>发送已关闭：已在此 PC 上封装 {id}（{size} 字节），仅供查看或导出。它未排队，且永远不会被发送。</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, to look at only: it is not queued.</source>
        <translation>已封装 {id}：{size} 字节，仅供查看：未排队。</translation>
    </message>
    <message>
        <source>Next payload (draft)</source>
        <translation>下一个数据包（草稿）</translation>
    </message>
    <message>
        <source>{size} bytes   SHA-256 {sha}</source>
        <translation>{size} 字节   SHA-256 {sha}</translation>
    </message>
    <message>
        <source>No earlier payload to compare with.</source>
        <translation>没有可供比较的先前数据包。</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>无变更。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt;: {what}&lt;br&gt;&lt;b&gt;Why it is collected:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt;：{what}&lt;br&gt;&lt;b&gt;收集原因：&lt;/b&gt;{why}</translation>
    </message>
    <message>
        <source>Export payload</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Table 1 is the table of the Illumina Proactive data-security sheet named “Benefits of the instrument data collected”: the only data the service collects.</source>
        <translation>表 1 是 Illumina Proactive 数据安全说明中名为“收集的仪器数据可提供的益处”的表格：该服务仅收集其中列出的数据。</translation>
    </message>
</context>
<context>
    <name>PayloadSchema</name>
    <message>
        <source>%≥Q30 of the read.</source>
        <translation>该读段的 %≥Q30。</translation>
    </message>
    <message>
        <source>%≥Q30 per cycle.</source>
        <translation>每个循环的 %≥Q30。</translation>
    </message>
    <message>
        <source>A code.</source>
        <translation>代码。</translation>
    </message>
    <message>
        <source>A drop at one cycle points at chemistry, fluidics or optics at that moment.</source>
        <translation>某个循环的骤降指向当时的化学反应、流体系统或光学系统。</translation>
    </message>
    <message>
        <source>A first-cycle intensity and a within-run decay wear differently.</source>
        <translation>首个循环强度与运行内衰减反映的磨损不同。</translation>
    </message>
    <message>
        <source>A number, or null when not measured.</source>
        <translation>数值；未测量时为 null。</translation>
    </message>
    <message>
        <source>A product or component name.</source>
        <translation>产品或组件名称。</translation>
    </message>
    <message>
        <source>A random identifier of this payload.</source>
        <translation>此数据包的随机标识符。</translation>
    </message>
    <message>
        <source>A receiver must never take demo data for an instrument&apos;s.</source>
        <translation>接收端绝不能将演示数据误当作真实仪器的数据。</translation>
    </message>
    <message>
        <source>A serial, lot or part number.</source>
        <translation>序列号、批号或部件号。</translation>
    </message>
    <message>
        <source>A setting&apos;s value.</source>
        <translation>设置的值。</translation>
    </message>
    <message>
        <source>A trend from few runs is weak evidence.</source>
        <translation>仅基于少数几次运行的趋势依据不足。</translation>
    </message>
    <message>
        <source>A version.</source>
        <translation>版本号。</translation>
    </message>
    <message>
        <source>Bases per bin, millions.</source>
        <translation>每个区间的碱基数（百万）。</translation>
    </message>
    <message>
        <source>Change of the trend line over the recent runs, in percent.</source>
        <translation>趋势线在近期各次运行中的变化（百分比）。</translation>
    </message>
    <message>
        <source>Change per run (Theil–Sen slope).</source>
        <translation>每次运行的变化量（Theil–Sen 斜率）。</translation>
    </message>
    <message>
        <source>Chemistry, kit and run-mode settings from RunParameters.xml that are on the allow-list.</source>
        <translation>RunParameters.xml 中列入允许列表的化学反应、试剂盒和运行模式设置。</translation>
    </message>
    <message>
        <source>Cluster density, thousands per mm².</source>
        <translation>簇密度，单位为千/mm²。</translation>
    </message>
    <message>
        <source>Consent at sealing time.</source>
        <translation>封装时的同意状态。</translation>
    </message>
    <message>
        <source>Control software, real-time analysis and component versions.</source>
        <translation>控制软件、实时分析软件及各组件的版本。</translation>
    </message>
    <message>
        <source>Cycles in the read.</source>
        <translation>该读段的循环数。</translation>
    </message>
    <message>
        <source>Cycles per read, index reads marked i, e.g. 151+8i+8i+151.</source>
        <translation>每个读段的循环数，索引读段标记为 i，例如 151+8i+8i+151。</translation>
    </message>
    <message>
        <source>Cycles planned for the whole run.</source>
        <translation>整个运行计划的循环数。</translation>
    </message>
    <message>
        <source>Cycles with metrics so far.</source>
        <translation>目前已有指标的循环数。</translation>
    </message>
    <message>
        <source>End of the window.</source>
        <translation>统计窗口的终点。</translation>
    </message>
    <message>
        <source>Error rate against the PhiX control, in percent.</source>
        <translation>相对于 PhiX 对照的错误率（百分比）。</translation>
    </message>
    <message>
        <source>Error rate of the read, percent.</source>
        <translation>该读段的错误率（百分比）。</translation>
    </message>
    <message>
        <source>Error rate per cycle.</source>
        <translation>每个循环的错误率。</translation>
    </message>
    <message>
        <source>Expired reagents explain poor runs.</source>
        <translation>过期试剂可解释运行质量差的原因。</translation>
    </message>
    <message>
        <source>Failure detection at a glance.</source>
        <translation>故障检测，一目了然。</translation>
    </message>
    <message>
        <source>Failure detection.</source>
        <translation>故障检测。</translation>
    </message>
    <message>
        <source>Failure detection: runs that stop early.</source>
        <translation>故障检测：提前停止的运行。</translation>
    </message>
    <message>
        <source>Faults found in the run folder&apos;s data, with their place on the flow cell (lane, tiles, cycles): e.g. a bubble on two tiles, a lane with few clusters, a focus drift.</source>
        <translation>在运行文件夹数据中发现的故障及其在流动槽上的位置（泳道、图块、循环）：例如两个图块上的气泡、簇很少的泳道、聚焦漂移。</translation>
    </message>
    <message>
        <source>First and last cycle of the fault.</source>
        <translation>故障的第一个和最后一个循环。</translation>
    </message>
    <message>
        <source>Flow cell, reagent kits and buffers used.</source>
        <translation>所用的流动槽、试剂盒和缓冲液。</translation>
    </message>
    <message>
        <source>Flow-cell serial (barcode).</source>
        <translation>流动槽序列号（条形码）。</translation>
    </message>
    <message>
        <source>Free text that passed the privacy gate.</source>
        <translation>已通过隐私过滤的自由文本。</translation>
    </message>
    <message>
        <source>Health state.</source>
        <translation>健康状态。</translation>
    </message>
    <message>
        <source>Highest value.</source>
        <translation>最大值。</translation>
    </message>
    <message>
        <source>Hours to the predicted failure, as now estimated.</source>
        <translation>按当前估计，距预测故障的小时数。</translation>
    </message>
    <message>
        <source>Hours until the first channel of the subsystem is predicted to fail, if a drift is seen.</source>
        <translation>若发现漂移，预计该系统首个通道发生故障前的小时数。</translation>
    </message>
    <message>
        <source>How many bases (millions) fell in each quality-score bin.</source>
        <translation>每个 Q-score 区间内的碱基数（百万）。</translation>
    </message>
    <message>
        <source>How many comparable runs have a value.</source>
        <translation>有数值的可比运行次数。</translation>
    </message>
    <message>
        <source>How serious: a warning, a failure, or a signal that stopped arriving.</source>
        <translation>严重程度：警告、故障，或信号已停止更新。</translation>
    </message>
    <message>
        <source>Human-readable context.</source>
        <translation>供人阅读的上下文。</translation>
    </message>
    <message>
        <source>Identifies hardware and consumables.</source>
        <translation>标识硬件和耗材。</translation>
    </message>
    <message>
        <source>Identifies the producer of the payload.</source>
        <translation>标识数据包的生成方。</translation>
    </message>
    <message>
        <source>Identifies the run across payloads.</source>
        <translation>在多个数据包之间标识同一运行。</translation>
    </message>
    <message>
        <source>Illumina Proactive data-security sheet, Table 1: only these four kinds of data are collected.</source>
        <translation>Illumina Proactive 数据安全说明中的“表 1：收集的仪器数据可提供的益处”：仅收集这四类数据。</translation>
    </message>
    <message>
        <source>Index reads have their own quality profile.</source>
        <translation>索引读段有其自身的质量特征。</translation>
    </message>
    <message>
        <source>Instrument configuration data (Table 1): which instrument, which software.</source>
        <translation>仪器配置数据（表 1）：哪台仪器、哪些软件。</translation>
    </message>
    <message>
        <source>Instrument model, e.g. MiSeq or NovaSeq 6000.</source>
        <translation>仪器型号，例如 MiSeq 或 NovaSeq 6000。</translation>
    </message>
    <message>
        <source>Instrument performance data (Table 1): the state of the optical, mechanical, thermal and fluidics subsystems, statistics of their signals, alerts, early warnings and the operational log.</source>
        <translation>仪器性能数据（表 1）：光学系统、机械系统、热力系统和流体系统的状态，其信号的统计值，以及警报、早期预警和操作日志。</translation>
    </message>
    <message>
        <source>Instrument performance.</source>
        <translation>仪器性能。</translation>
    </message>
    <message>
        <source>Instrument serial number (the instrument ID in the run ID).</source>
        <translation>仪器序列号（运行 ID 中的仪器 ID）。</translation>
    </message>
    <message>
        <source>Its expiry date.</source>
        <translation>其有效期。</translation>
    </message>
    <message>
        <source>Its lot number.</source>
        <translation>其批号。</translation>
    </message>
    <message>
        <source>Its part number.</source>
        <translation>其部件号。</translation>
    </message>
    <message>
        <source>Its serial or barcode.</source>
        <translation>其序列号或条形码。</translation>
    </message>
    <message>
        <source>Its value.</source>
        <translation>其值。</translation>
    </message>
    <message>
        <source>Its version.</source>
        <translation>其版本。</translation>
    </message>
    <message>
        <source>Lanes on the flow cell.</source>
        <translation>流动槽上的泳道数。</translation>
    </message>
    <message>
        <source>Lead time of the prediction.</source>
        <translation>预测的提前时间。</translation>
    </message>
    <message>
        <source>Lets the receiver read payloads from older and newer apps.</source>
        <translation>使接收端能读取新旧版本应用生成的数据包。</translation>
    </message>
    <message>
        <source>Limits and known issues differ by model.</source>
        <translation>限值和已知问题因型号而异。</translation>
    </message>
    <message>
        <source>Lowest value.</source>
        <translation>最小值。</translation>
    </message>
    <message>
        <source>Machine-readable names.</source>
        <translation>机器可读的名称。</translation>
    </message>
    <message>
        <source>Mean value.</source>
        <translation>平均值。</translation>
    </message>
    <message>
        <source>Means over all tiles, one value per cycle.</source>
        <translation>所有图块的平均值，每个循环一个值。</translation>
    </message>
    <message>
        <source>Measured samples in the window.</source>
        <translation>统计窗口内的测量样本数。</translation>
    </message>
    <message>
        <source>Names hardware and software.</source>
        <translation>指明硬件和软件。</translation>
    </message>
    <message>
        <source>Names the consumable.</source>
        <translation>指明耗材。</translation>
    </message>
    <message>
        <source>Names the read.</source>
        <translation>指明读段。</translation>
    </message>
    <message>
        <source>Names the setting.</source>
        <translation>指明设置项。</translation>
    </message>
    <message>
        <source>Names the signal.</source>
        <translation>指明信号。</translation>
    </message>
    <message>
        <source>Names which part of the instrument the version belongs to.</source>
        <translation>指明该版本属于仪器的哪个部分。</translation>
    </message>
    <message>
        <source>Newest value.</source>
        <translation>最新值。</translation>
    </message>
    <message>
        <source>Not measured is not zero.</source>
        <translation>未测量不等于零。</translation>
    </message>
    <message>
        <source>One state per subsystem.</source>
        <translation>每个系统一个状态。</translation>
    </message>
    <message>
        <source>Operational logs.</source>
        <translation>操作日志。</translation>
    </message>
    <message>
        <source>Orders payloads and places instrument events in time.</source>
        <translation>为数据包排序，并确定仪器事件的时间。</translation>
    </message>
    <message>
        <source>Over- or under-loading explains many poor runs.</source>
        <translation>上样过量或不足是许多运行质量差的原因。</translation>
    </message>
    <message>
        <source>Per read summaries.</source>
        <translation>按读段的摘要。</translation>
    </message>
    <message>
        <source>Places statistics and events in time.</source>
        <translation>确定统计值和事件的时间。</translation>
    </message>
    <message>
        <source>Places the fault in the run.</source>
        <translation>确定故障在运行中的位置。</translation>
    </message>
    <message>
        <source>Places the fault.</source>
        <translation>确定故障的位置。</translation>
    </message>
    <message>
        <source>Quality scores.</source>
        <translation>Q-score。</translation>
    </message>
    <message>
        <source>Quality-score bins.</source>
        <translation>Q-score 区间。</translation>
    </message>
    <message>
        <source>Read number.</source>
        <translation>读段编号。</translation>
    </message>
    <message>
        <source>Reads the time base.</source>
        <translation>用于解读时间基准。</translation>
    </message>
    <message>
        <source>Reads the values.</source>
        <translation>用于解读数值。</translation>
    </message>
    <message>
        <source>Records whether the lab had opted in when the data was made; while sending is off no payload is sealed on the cadence.</source>
        <translation>记录生成数据时实验室是否已同意发送；发送关闭期间，不会按周期封装数据包。</translation>
    </message>
    <message>
        <source>Robust trend (Theil-Sen) over the window, per hour.</source>
        <translation>统计窗口内的稳健趋势（Theil-Sen），按每小时计。</translation>
    </message>
    <message>
        <source>Run configuration data (Table 1): how the run was set up and with which consumables. Absent when no run folder is known.</source>
        <translation>运行配置数据（表 1）：运行的设置方式及所用耗材。没有已知的运行文件夹时不包含此项。</translation>
    </message>
    <message>
        <source>Run parameters.</source>
        <translation>运行参数。</translation>
    </message>
    <message>
        <source>Run parameters; with cycles done, shows where a run stopped.</source>
        <translation>运行参数；结合已完成的循环数，可显示运行在何处停止。</translation>
    </message>
    <message>
        <source>Run performance by read.</source>
        <translation>按读段的运行性能。</translation>
    </message>
    <message>
        <source>Run performance data (Table 1): quality scores and yield from the InterOp metrics. Summaries only, never base calls or sequences. Absent when no run folder is known.</source>
        <translation>运行性能数据（表 1）：来自 InterOp 指标的 Q-score 和产量。仅含摘要，绝不包含碱基识别或序列。没有已知的运行文件夹时不包含此项。</translation>
    </message>
    <message>
        <source>Run performance.</source>
        <translation>运行性能。</translation>
    </message>
    <message>
        <source>Run performance; needs PhiX, so often absent.</source>
        <translation>运行性能；需要 PhiX，因此常常缺失。</translation>
    </message>
    <message>
        <source>Runs until the value reaches its service limit at this rate, or null without a forecast.</source>
        <translation>按此趋势，数值达到其服务限值前的运行次数；无预测时为 null。</translation>
    </message>
    <message>
        <source>Sent as the Idempotency-Key, so a payload delivered twice is stored once.</source>
        <translation>作为 Idempotency-Key 发送，因此重复投递的数据包只会存储一次。</translation>
    </message>
    <message>
        <source>Service can be scheduled at a convenient time.</source>
        <translation>可将维修服务安排在方便的时间进行。</translation>
    </message>
    <message>
        <source>Share of bases with quality 30 or more.</source>
        <translation>Q-score 达到 30 或以上的碱基所占比例。</translation>
    </message>
    <message>
        <source>Share of clusters passing filter.</source>
        <translation>通过过滤的簇所占比例。</translation>
    </message>
    <message>
        <source>Shows how much the statistics rest on.</source>
        <translation>显示统计值所依据的数据量。</translation>
    </message>
    <message>
        <source>Shows progress and where a run stopped.</source>
        <translation>显示进度以及运行在何处停止。</translation>
    </message>
    <message>
        <source>Signals predicted to cross their failure limit.</source>
        <translation>预计将超出故障限值的信号。</translation>
    </message>
    <message>
        <source>Software version.</source>
        <translation>软件版本。</translation>
    </message>
    <message>
        <source>Start of the window.</source>
        <translation>统计窗口的起点。</translation>
    </message>
    <message>
        <source>Statistics of each measured signal over the window.</source>
        <translation>统计窗口内每个测量信号的统计值。</translation>
    </message>
    <message>
        <source>Table 1: error and warning notifications.</source>
        <translation>表 1：错误和警告通知。</translation>
    </message>
    <message>
        <source>Table 1: failure detection and error notifications about optical, mechanical and fluidics performance.</source>
        <translation>表 1：故障检测，以及有关光学系统、机械系统和流体系统性能的错误通知。</translation>
    </message>
    <message>
        <source>Table 1: failure prediction and failure detection; error and warning notifications about optical, mechanical, thermal and fluidics performance.</source>
        <translation>表 1：故障预测、故障检测；有关光学系统、机械系统、热力系统和流体系统性能的错误和警告通知。</translation>
    </message>
    <message>
        <source>Table 1: failure prediction, so a part can be replaced before it fails.</source>
        <translation>表 1：故障预测，以便在部件发生故障前予以更换。</translation>
    </message>
    <message>
        <source>Table 1: failure prediction.</source>
        <translation>表 1：故障预测。</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; a laser or camera that loses intensity run after run, or a focus that drifts week by week, shows only across runs.</source>
        <translation>表 1：故障预测；激光器或相机强度逐次运行下降、聚焦逐周漂移，这类问题只有跨运行才能显现。</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; service can be planned before the part fails.</source>
        <translation>表 1：故障预测；可在部件发生故障前安排维修服务。</translation>
    </message>
    <message>
        <source>Table 1: flow-cell lot and serial; flow-cell defects show across runs.</source>
        <translation>表 1：流动槽批号和序列号；流动槽缺陷会在多次运行中显现。</translation>
    </message>
    <message>
        <source>Table 1: instrument operational logs.</source>
        <translation>表 1：仪器操作日志。</translation>
    </message>
    <message>
        <source>Table 1: instrument performance; trends show wear before it becomes a failure.</source>
        <translation>表 1：仪器性能；趋势可在磨损演变为故障之前将其显现。</translation>
    </message>
    <message>
        <source>Table 1: instrument serial number; links the data to the service contract and history of this instrument.</source>
        <translation>表 1：仪器序列号；将数据与该仪器的服务合同和历史记录相关联。</translation>
    </message>
    <message>
        <source>Table 1: kit type.</source>
        <translation>表 1：试剂盒类型。</translation>
    </message>
    <message>
        <source>Table 1: lot numbers; a bad lot shows across instruments.</source>
        <translation>表 1：批号；有问题的批次会在多台仪器上显现。</translation>
    </message>
    <message>
        <source>Table 1: optical, mechanical, thermal and fluidics performance.</source>
        <translation>表 1：光学系统、机械系统、热力系统和流体系统性能。</translation>
    </message>
    <message>
        <source>Table 1: quality scores.</source>
        <translation>表 1：Q-score。</translation>
    </message>
    <message>
        <source>Table 1: quality scores; failure detection and troubleshooting.</source>
        <translation>表 1：Q-score；故障检测和运行故障诊断。</translation>
    </message>
    <message>
        <source>Table 1: reagent and flow-cell lot numbers.</source>
        <translation>表 1：试剂和流动槽批号。</translation>
    </message>
    <message>
        <source>Table 1: run parameters, reagent and flow-cell lot numbers; shows how lots, experiment type and other variables contribute to performance issues.</source>
        <translation>表 1：运行参数、试剂和流动槽批号；说明引发性能问题的批号、实验类型等实验变量的作用。</translation>
    </message>
    <message>
        <source>Table 1: run parameters.</source>
        <translation>表 1：运行参数。</translation>
    </message>
    <message>
        <source>Table 1: run parameters; experiment type and setup variables.</source>
        <translation>表 1：运行参数；实验类型和设置变量。</translation>
    </message>
    <message>
        <source>Table 1: software version.</source>
        <translation>表 1：软件版本。</translation>
    </message>
    <message>
        <source>Table 1: software version; assesses whether a version affects performance.</source>
        <translation>表 1：软件版本；评估某个版本是否会引发性能问题。</translation>
    </message>
    <message>
        <source>Table 1: traces a faulty consumable. Never a library tube&apos;s: the lab records that barcode with the library the tube holds, so it could link to samples; the tube&apos;s lot and part number travel instead.</source>
        <translation>表 1：追溯有问题的耗材。绝不包含文库管的序列号：实验室会将该条形码与管中文库一同记录，因此可能关联到样品；改为发送文库管的批号和部件号。</translation>
    </message>
    <message>
        <source>Tells support which questions the payload can answer.</source>
        <translation>告知支持团队该数据包可解答哪些问题。</translation>
    </message>
    <message>
        <source>The RunParameters.xml field (nested fields joined with dots).</source>
        <translation>RunParameters.xml 中的字段（嵌套字段以点号连接）。</translation>
    </message>
    <message>
        <source>The app&apos;s name.</source>
        <translation>应用名称。</translation>
    </message>
    <message>
        <source>The app&apos;s version.</source>
        <translation>应用版本。</translation>
    </message>
    <message>
        <source>The flow-cell lane, if the fault has one.</source>
        <translation>故障所在的流动槽泳道（如有）。</translation>
    </message>
    <message>
        <source>The instrument subsystem.</source>
        <translation>仪器的系统（光学、机械、热力或流体）。</translation>
    </message>
    <message>
        <source>The instrument&apos;s operational log: door opened, checks passed, bubbles detected.</source>
        <translation>仪器操作日志：舱门打开、检查通过、检测到气泡等。</translation>
    </message>
    <message>
        <source>The instrument&apos;s run ID: date, instrument, run number and flow cell.</source>
        <translation>仪器的运行 ID：日期、仪器、运行编号和流动槽。</translation>
    </message>
    <message>
        <source>The instrument&apos;s run counter.</source>
        <translation>仪器的运行计数。</translation>
    </message>
    <message>
        <source>The log line (privacy-gated text).</source>
        <translation>日志行（经隐私过滤的文本）。</translation>
    </message>
    <message>
        <source>The reads of the run.</source>
        <translation>该运行的读段。</translation>
    </message>
    <message>
        <source>The same in days, from the usual time between runs.</source>
        <translation>同上，按天计（根据通常的运行间隔推算）。</translation>
    </message>
    <message>
        <source>The signal the fault shows in.</source>
        <translation>显示该故障的信号。</translation>
    </message>
    <message>
        <source>The signal, e.g. laser_red_power.</source>
        <translation>信号，例如 laser_red_power。</translation>
    </message>
    <message>
        <source>The signal.</source>
        <translation>信号。</translation>
    </message>
    <message>
        <source>The software or firmware component.</source>
        <translation>软件或固件组件。</translation>
    </message>
    <message>
        <source>The software that built the payload.</source>
        <translation>生成数据包的软件。</translation>
    </message>
    <message>
        <source>The state of &quot;Send Instrument Performance Data&quot; when the payload was sealed.</source>
        <translation>封装数据包时“发送仪器性能数据”的状态。</translation>
    </message>
    <message>
        <source>The stretch the statistics cover: seconds since the source started (demo), or cycles of the run (run folder; see axis).</source>
        <translation>统计所涵盖的区间：自来源启动以来的秒数（演示），或运行的循环（运行文件夹；见 axis）。</translation>
    </message>
    <message>
        <source>The subsystem of the signal.</source>
        <translation>该信号所属的系统。</translation>
    </message>
    <message>
        <source>Tile numbers, if the fault is on some tiles.</source>
        <translation>图块编号（如果故障仅出现在部分图块上）。</translation>
    </message>
    <message>
        <source>Time base.</source>
        <translation>时间基准。</translation>
    </message>
    <message>
        <source>Trends across this instrument&apos;s recent runs of the same model, chemistry and kit, from this PC&apos;s run history: one per signal and measure.</source>
        <translation>此仪器近期同型号、同化学反应、同试剂盒各次运行的趋势，取自此 PC 的运行历史记录：每个信号的每种度量各一条。</translation>
    </message>
    <message>
        <source>Troubleshooting analysis across app versions.</source>
        <translation>跨应用版本的运行故障诊断。</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: a fault may be in the app, not the instrument.</source>
        <translation>运行故障诊断：故障可能出在应用而非仪器。</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: whether the software version, the instrument type or other hardware variables affect performance.</source>
        <translation>运行故障诊断：评估软件版本、仪器类型或其他硬件变量是否会引发性能问题。</translation>
    </message>
    <message>
        <source>Unit of the values.</source>
        <translation>数值的单位。</translation>
    </message>
    <message>
        <source>Version of this schema.</source>
        <translation>此数据包格式（schema）的版本。</translation>
    </message>
    <message>
        <source>Warnings and failures with their start and end.</source>
        <translation>警告和故障及其开始和结束时间。</translation>
    </message>
    <message>
        <source>Wear and maintenance intervals depend on the number of runs.</source>
        <translation>磨损和维护间隔取决于运行次数。</translation>
    </message>
    <message>
        <source>What happened, as a code.</source>
        <translation>所发生事件的代码。</translation>
    </message>
    <message>
        <source>What leaves the instrument PC when &quot;Send Instrument Performance Data&quot; is on: instrument performance, run performance, instrument configuration and run configuration. Never sequencing data, personal data or health data.</source>
        <translation>开启“发送仪器性能数据”时离开仪器 PC 的内容：仪器性能数据、运行性能数据、仪器配置数据和运行配置数据。绝不包含测序运行数据、个人身份信息或受保护的健康信息。</translation>
    </message>
    <message>
        <source>What was measured against which limit (privacy-gated text).</source>
        <translation>测量的内容及所对照的限值（经隐私过滤的文本）。</translation>
    </message>
    <message>
        <source>When it ended; null while it lasts.</source>
        <translation>结束时间；持续期间为 null。</translation>
    </message>
    <message>
        <source>When it happened.</source>
        <translation>发生时间。</translation>
    </message>
    <message>
        <source>When it started.</source>
        <translation>开始时间。</translation>
    </message>
    <message>
        <source>When the payload was sealed (UTC).</source>
        <translation>数据包的封装时间（UTC）。</translation>
    </message>
    <message>
        <source>When the prediction was first made.</source>
        <translation>首次做出预测的时间。</translation>
    </message>
    <message>
        <source>Where the instrument data comes from: the instrument&apos;s run folder, or the app&apos;s built-in demo simulator (not a real instrument).</source>
        <translation>仪器数据的来源：仪器的运行文件夹，或应用内置的演示模拟器（非真实仪器）。</translation>
    </message>
    <message>
        <source>Whether sending was on.</source>
        <translation>发送是否已开启。</translation>
    </message>
    <message>
        <source>Whether start_s/end_s are seconds (time) or cycle numbers (cycle).</source>
        <translation>start_s/end_s 是秒数（time）还是循环编号（cycle）。</translation>
    </message>
    <message>
        <source>Whether the run is going, finished or stopped early.</source>
        <translation>运行是正在进行、已完成还是提前停止。</translation>
    </message>
    <message>
        <source>Whether this is an index read (its sequence is never sent).</source>
        <translation>是否为索引读段（其序列绝不发送）。</translation>
    </message>
    <message>
        <source>Whether this is an index read.</source>
        <translation>是否为索引读段。</translation>
    </message>
    <message>
        <source>Which consumable.</source>
        <translation>哪种耗材。</translation>
    </message>
    <message>
        <source>Which part of the instrument the trend is about.</source>
        <translation>指明该趋势涉及仪器的哪个部分。</translation>
    </message>
    <message>
        <source>Which value of each run: its first cycle, its median, or its decay per 100 cycles.</source>
        <translation>取每次运行的哪个值：首个循环的值、中位数，或每 100 个循环的衰减。</translation>
    </message>
    <message>
        <source>Why the payload was made: a run started (configuration), a periodic health report during a run, a run ended (performance summary), or the user chose Seal now.</source>
        <translation>生成数据包的原因：运行开始（配置）、运行期间的定期状态报告、运行结束（性能摘要），或用户选择了“立即封装”。</translation>
    </message>
    <message>
        <source>Yield expected at the end of the run.</source>
        <translation>运行结束时的预计产量。</translation>
    </message>
    <message>
        <source>Yield of the read, gigabases.</source>
        <translation>该读段的产量，单位为 Gb。</translation>
    </message>
    <message>
        <source>Yield so far, in gigabases.</source>
        <translation>目前的产量，单位为 Gb。</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Pre-run checks</source>
        <translation>运行前检查</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>化学反应</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>成像</translation>
    </message>
    <message>
        <source>Post-run wash</source>
        <translation>运行后清洗</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>运行完成</translation>
    </message>
</context>
<context>
    <name>QScoreHistogram</name>
    <message>
        <source>Q score</source>
        <translation>Q-score</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>碱基</translation>
    </message>
    <message>
        <source>Bases (billions)</source>
        <translation>碱基（十亿）</translation>
    </message>
    <message>
        <source>Bases (millions)</source>
        <translation>碱基（百万）</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Service due soon: {why}</source>
        <translation>即将需要维护：{why}</translation>
    </message>
    <message>
        <source>No instrument data yet</source>
        <translation>尚无仪器数据</translation>
    </message>
    <message>
        <source>{name}: failure</source>
        <translation>{name}：故障</translation>
    </message>
    <message>
        <source>{name}: warning</source>
        <translation>{name}：警告</translation>
    </message>
    <message>
        <source>{name}: readings stopped arriving</source>
        <translation>{name}：读数已停止更新</translation>
    </message>
    <message>
        <source>{name}: no readings yet</source>
        <translation>{name}：尚无读数</translation>
    </message>
    <message>
        <source>The network check failed: data cannot be sent</source>
        <translation>网络检查失败：无法发送数据</translation>
    </message>
    <message>
        <source>Run the network checks (none in the last 24 hours)</source>
        <translation>请执行网络检查（过去 24 小时内未执行）</translation>
    </message>
    <message>
        <source>The network check has warnings</source>
        <translation>网络检查有警告</translation>
    </message>
    <message>
        <source>Uploads are waiting: {why}</source>
        <translation>上传正在等待：{why}</translation>
    </message>
    <message>
        <source>{n} payload(s) set aside on the Uploads page</source>
        <translation>{n} 个数据包已在“上传”页面搁置</translation>
    </message>
    <message>
        <source>The last run stopped early</source>
        <translation>上次运行提前停止</translation>
    </message>
    <message>
        <source>The run has written no new cycle for over 2 hours</source>
        <translation>运行已超过 2 小时未写入新循环</translation>
    </message>
    <message>
        <source>{consumable} had expired when the run started ({date})</source>
        <translation>{consumable} 在运行开始时已过期（{date}）</translation>
    </message>
    <message>
        <source>{consumable} has expired ({date})</source>
        <translation>{consumable} 已过期（{date}）</translation>
    </message>
    <message>
        <source>{consumable} expires on {date}, within 7 days</source>
        <translation>{consumable} 将于 {date} 过期（7 天内）</translation>
    </message>
    <message>
        <source>{consumable}: {remaining} cycles left, the run needs {needed}</source>
        <translation>{consumable}：剩余 {remaining} 个循环，运行需要 {needed} 个</translation>
    </message>
    <message>
        <source>The last post-run wash was missed: run a maintenance wash first</source>
        <translation>上次运行后清洗未执行：请先执行维护清洗</translation>
    </message>
    <message>
        <source>Only {free_gb} GB free on the output volume: the run needs at least {needed_gb} GB</source>
        <translation>输出卷仅剩 {free_gb} GB 可用空间：运行至少需要 {needed_gb} GB</translation>
    </message>
</context>
<context>
    <name>RunProblem</name>
    <message>
        <source>RunParameters.xml: the file is missing; versions and consumables are unknown</source>
        <translation>RunParameters.xml：文件缺失；版本和耗材未知</translation>
    </message>
    <message>
        <source>InterOp: the folder is missing; no run metrics yet</source>
        <translation>InterOp：文件夹缺失；尚无运行指标</translation>
    </message>
    <message>
        <source>InterOp/{name} is not a regular file ({kind}), so InterOp was not read</source>
        <translation>InterOp/{name} 不是常规文件（{kind}），因此未读取 InterOp</translation>
    </message>
    <message>
        <source>{file} is empty, so nothing in it can be read</source>
        <translation>{file} 为空，无法读取任何内容</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends inside its header, so nothing in it can be read</source>
        <translation>{file} 已损坏：文件在文件头内结束，无法读取任何内容</translation>
    </message>
    <message>
        <source>{file} holds no records, only its header</source>
        <translation>{file} 不含记录，只有文件头</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record (the last has {got} of its {expected} bytes), so the figures from it come only from the records before that one</source>
        <translation>{file} 已损坏：文件在某条记录中间结束（最后一条仅有 {got}/{expected} 字节），因此其数值仅来自此前的记录</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record, so the figures from it come only from the records before that one</source>
        <translation>{file} 已损坏：文件在某条记录中间结束，因此其数值仅来自此前的记录</translation>
    </message>
</context>
<context>
    <name>RunQualityPage</name>
    <message>
        <source>Run quality</source>
        <translation>运行质量</translation>
    </message>
    <message>
        <source>How the current run is going, read from the instrument&apos;s run folder. Works without a network.</source>
        <translation>当前运行的进展情况，读取自仪器的运行文件夹。无需网络即可使用。</translation>
    </message>
    <message>
        <source>No run folder</source>
        <translation>无运行文件夹</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>无运行</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>By cycle</source>
        <translation>按循环</translation>
    </message>
    <message>
        <source>Q-score histogram</source>
        <translation>Q-score 直方图</translation>
    </message>
    <message>
        <source>Flow cell</source>
        <translation>流动槽</translation>
    </message>
    <message>
        <source>Run parameters</source>
        <translation>运行参数</translation>
    </message>
    <message>
        <source>Open a run folder with: proactive-gui --run-folder DIR, or set the folder where the instrument writes its runs: proactive-gui config set run_folder_root DIR</source>
        <translation>使用以下命令打开运行文件夹：proactive-gui --run-folder DIR，或设置仪器写入运行的文件夹：proactive-gui config set run_folder_root DIR</translation>
    </message>
    <message>
        <source>Loading {folder}…</source>
        <translation>正在加载 {folder}…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读段</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>循环数</translation>
    </message>
    <message>
        <source>Yield (Gb)</source>
        <translation>产量 (Gb)</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>错误率 (%)</translation>
    </message>
    <message>
        <source>Aligned (%)</source>
        <translation>比对率 (%)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>图块</translation>
    </message>
    <message>
        <source>Density k/mm²</source>
        <translation>密度 k/mm²</translation>
    </message>
    <message>
        <source>% PF</source>
        <translation>% PF</translation>
    </message>
    <message>
        <source>Reads PF (M)</source>
        <translation>PF 读段数 (M)</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>耗材</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部件号</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Per read</source>
        <translation>按读段</translation>
    </message>
    <message>
        <source>Per lane</source>
        <translation>按泳道</translation>
    </message>
    <message>
        <source>Consumables</source>
        <translation>耗材</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>发送字段</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>不发送的原因</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Values of this run folder that a payload carries (versions, serials, lots, read structure), and as which fields.</source>
        <translation>数据包携带的此运行文件夹中的值（版本、序列号、批号、读段结构）及其对应字段。</translation>
    </message>
    <message>
        <source>Names, paths, computer names, cloud ids and any field the allow-list does not name: never in a payload.</source>
        <translation>名称、路径、计算机名、云 ID，以及允许列表未列出的任何字段：绝不包含在数据包中。</translation>
    </message>
    <message>
        <source>Stays on this PC</source>
        <translation>保留在此 PC 上</translation>
    </message>
    <message>
        <source>The run folder could not be read.</source>
        <translation>无法读取运行文件夹。</translation>
    </message>
    <message>
        <source>Running — cycle {done} of {planned}</source>
        <translation>运行中 — 第 {done} / {planned} 个循环</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped: {status}</source>
        <translation>已停止：{status}</translation>
    </message>
    <message>
        <source>Flow cell {flowcell} · reads {reads} · {lanes} lane(s) · {software} · folder {folder}</source>
        <translation>流动槽 {flowcell} · 读段 {reads} · {lanes} 个泳道 · {software} · 文件夹 {folder}</translation>
    </message>
    <message>
        <source>The instrument may still be writing; trying again shortly.</source>
        <translation>仪器可能仍在写入；稍后将重试。</translation>
    </message>
    <message>
        <source>No InterOp metrics could be read (see above).</source>
        <translation>无法读取任何 InterOp 指标（见上文）。</translation>
    </message>
    <message>
        <source>Yield {y} (projected {p})   ·   % ≥ Q30 {q}   ·   error rate {e}   ·   density {d}   ·   % PF {pf}   ·   cycles {c} of {t}</source>
        <translation>产量 {y}（预计 {p}）   ·   % ≥ Q30 {q}   ·   错误率 {e}   ·   密度 {d}   ·   % PF {pf}   ·   循环 {c} / {t}</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Every subsystem within its limits.</source>
        <translation>所有系统均在限值内。</translation>
    </message>
    <message>
        <source>Reagent chiller drift</source>
        <translation>试剂冷却器漂移</translation>
    </message>
    <message>
        <source>The reagent chiller warms by 0.5 °C per hour.</source>
        <translation>试剂冷却器每小时升温 0.5 °C。</translation>
    </message>
    <message>
        <source>Flow-cell heater failure</source>
        <translation>流动槽加热器故障</translation>
    </message>
    <message>
        <source>The flow-cell heater loses power and misses its setpoint.</source>
        <translation>流动槽加热器功率下降，无法达到设定值。</translation>
    </message>
    <message>
        <source>Laser decay</source>
        <translation>激光衰减</translation>
    </message>
    <message>
        <source>The red laser loses 1.5 % of its power per hour.</source>
        <translation>红色激光每小时损失 1.5% 的功率。</translation>
    </message>
    <message>
        <source>Focus drift</source>
        <translation>聚焦漂移</translation>
    </message>
    <message>
        <source>Images blur: FWHM grows by 0.08 px per hour.</source>
        <translation>图像模糊：FWHM 每小时增加 0.08 px。</translation>
    </message>
    <message>
        <source>Fluidics clog</source>
        <translation>流体堵塞</translation>
    </message>
    <message>
        <source>A partial clog: pump pressure rises and flow falls.</source>
        <translation>部分堵塞：泵压力上升，流速下降。</translation>
    </message>
    <message>
        <source>Leak with bubbles</source>
        <translation>泄漏并产生气泡</translation>
    </message>
    <message>
        <source>Air enters the fluidics: bubble detections grow.</source>
        <translation>空气进入流体系统：气泡检测次数增加。</translation>
    </message>
    <message>
        <source>Stage following error</source>
        <translation>载物台跟随误差</translation>
    </message>
    <message>
        <source>A worn stage bearing: X following error grows.</source>
        <translation>载物台轴承磨损：X 跟随误差增大。</translation>
    </message>
    <message>
        <source>Sensor dropout</source>
        <translation>传感器掉线</translation>
    </message>
    <message>
        <source>The thermal sensors stop reporting.</source>
        <translation>温度传感器停止报告数据。</translation>
    </message>
    <message>
        <source>Noise bursts</source>
        <translation>噪声脉冲</translation>
    </message>
    <message>
        <source>Short bursts of electrical noise, no real fault.</source>
        <translation>短时电气噪声脉冲，并非真实故障。</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>In the OS keyring.</source>
        <translation>位于操作系统密钥环中。</translation>
    </message>
    <message>
        <source>In a file, not the OS keyring: {path} (the keyring in use, {backend}, keeps secrets there).</source>
        <translation>位于文件中，而非操作系统密钥环：{path}（当前使用的密钥环 {backend} 将机密保存在该处）。</translation>
    </message>
    <message>
        <source>Not in the OS keyring: the keyring in use, {backend}, keeps secrets outside it.</source>
        <translation>不在操作系统密钥环中：当前使用的密钥环 {backend} 将机密保存在密钥环之外。</translation>
    </message>
    <message>
        <source>In a file readable only by this user, not the OS keyring: {path}</source>
        <translation>位于仅此用户可读的文件中，而非操作系统密钥环：{path}</translation>
    </message>
    <message>
        <source>no OS keyring is available to keep secrets in; install or unlock one (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), or keep them in a file only you can read: proactive-gui config set {setting} file</source>
        <translation>没有可用于保存机密的操作系统密钥环；请安装或解锁一个（Windows 凭据管理器、macOS 钥匙串或 Linux 上的 Secret Service），或将机密保存在仅您可读的文件中：proactive-gui config set {setting} file</translation>
    </message>
    <message>
        <source>the secrets file {path} cannot be read or written ({why}); check its permissions</source>
        <translation>无法读取或写入机密文件 {path}（{why}）；请检查其权限</translation>
    </message>
    <message>
        <source>the secrets file {path} is damaged; delete it and store the secrets again: proactive-gui config set-secret token</source>
        <translation>机密文件 {path} 已损坏；请删除该文件并重新存储机密：proactive-gui config set-secret token</translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <source>Sent history</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <source>Every payload this PC has sent: when, what, to which receiver, its size and SHA-256, and its bytes exactly as sent for as long as the settings keep them.</source>
        <translation>此 PC 发送过的每个数据包：发送时间、内容、接收端、大小和 SHA-256，以及在设置的保留期内按原样保存的字节。</translation>
    </message>
    <message>
        <source>Search every column: run, instrument, SHA-256, summary…</source>
        <translation>搜索所有列：运行、仪器、SHA-256、摘要…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Sent between</source>
        <translation>发送日期从</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To this day (included)</source>
        <translation>截止日期（含当天）</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Payloads sent</source>
        <translation>已发送的数据包</translation>
    </message>
    <message>
        <source>The payload selected</source>
        <translation>所选数据包</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the payload</source>
        <translation>数据包的 SHA-256</translation>
    </message>
    <message>
        <source>The bytes as sent</source>
        <translation>发送时的原始字节</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) sent; {shown} shown.</source>
        <translation>
            <numerusform>已发送 %n 个数据包；显示 {shown} 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payload to see its bytes as they were sent.</source>
        <translation>选择一个数据包，查看其发送时的原始字节。</translation>
    </message>
    <message>
        <source>Payload {id} ({kind}), {size} bytes, delivered at {time} to {where}.</source>
        <translation>数据包 {id}（{kind}），{size} 字节，于 {time} 投递至 {where}。</translation>
    </message>
    <message>
        <source>a receiver not recorded</source>
        <translation>未记录的接收端</translation>
    </message>
    <message>
        <source>(sent before summaries were recorded)</source>
        <translation>（发送于开始记录摘要之前）</translation>
    </message>
    <message>
        <source>Its bytes are kept, but cannot be read without the spool key.</source>
        <translation>其字节已保留，但没有队列密钥则无法读取。</translation>
    </message>
    <message>
        <source>Its kept bytes cannot be shown: {why}.</source>
        <translation>无法显示其保留的字节：{why}。</translation>
    </message>
    <message>
        <source>Below are its bytes exactly as they were sent.</source>
        <translation>以下是其发送时的原始字节。</translation>
    </message>
    <message>
        <source>Its bytes are not kept: the settings keep only the list.</source>
        <translation>未保留其字节：按设置仅保留列表。</translation>
    </message>
    <message numerus="yes">
        <source>Its bytes are no longer kept (retention %n day(s)).</source>
        <translation>
            <numerusform>其字节已不再保留（保留期 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent history</source>
        <translation>导出发送记录</translation>
    </message>
    <message>
        <source>Sent history exported</source>
        <translation>发送记录已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %n 个数据包写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>仪器</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} B</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>HTTPS address of the receiver that payloads are sent to (empty: not configured).</source>
        <translation>接收数据包的接收端 HTTPS 地址（留空：未配置）。</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust besides the OS store, e.g. an inspecting proxy&apos;s CA.</source>
        <translation>除操作系统证书存储外额外信任的 CA 证书（PEM 文件），例如执行 TLS 检查的代理的 CA。</translation>
    </message>
    <message>
        <source>&apos;system&apos; (environment/OS settings), &apos;none&apos;, &apos;auto&apos; (the OS&apos;s PAC file, or WPAD), &apos;pac:URL&apos; (a PAC file), or a proxy URL with a port; its password goes in the keyring (set-secret proxy_password).</source>
        <translation>“system”（环境变量/操作系统设置）、“none”、“auto”（操作系统的 PAC 文件或 WPAD）、“pac:URL”（PAC 文件），或带端口的代理 URL；其密码保存在密钥环中（set-secret proxy_password）。</translation>
    </message>
    <message>
        <source>Folder where the instrument writes run folders; each new run there is picked up.</source>
        <translation>仪器写入运行文件夹的位置；其中的每个新运行都会被自动识别。</translation>
    </message>
    <message>
        <source>Minutes between health payloads during a run (5 to 1440); payloads are also sealed when a run starts and when it ends.</source>
        <translation>运行期间状态数据包的间隔分钟数（5 至 1440）；运行开始和结束时也会封装数据包。</translation>
    </message>
    <message>
        <source>Where the spool&apos;s encryption key lives: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a key file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>队列加密密钥的存放位置：“keyring”（操作系统密钥环）或“file”（仅您可读的密钥文件，适用于没有密钥环的 PC；会报告为警告）。</translation>
    </message>
    <message>
        <source>Where the instrument token and the proxy password live: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>仪器令牌和代理密码的存放位置：“keyring”（操作系统密钥环）或“file”（仅您可读的文件，适用于没有密钥环的 PC；会报告为警告）。</translation>
    </message>
    <message>
        <source>Largest size of the queue of unsent payloads; beyond it the oldest are dropped (and counted on the Uploads page).</source>
        <translation>未发送数据包队列的最大容量；超出后将丢弃最旧的数据包（并在“上传”页面计数）。</translation>
    </message>
    <message>
        <source>Unsent payloads older than this are dropped (and counted on the Uploads page).</source>
        <translation>超过此期限的未发送数据包将被丢弃（并在“上传”页面计数）。</translation>
    </message>
    <message>
        <source>Days the bytes of each delivered payload are kept, encrypted, for the sent history (0: keep only the list); the list of what was sent is kept for good.</source>
        <translation>每个已投递数据包的字节为发送记录加密保留的天数（0：仅保留列表）；已发送内容的列表将永久保留。</translation>
    </message>
    <message>
        <source>Language of the window: &apos;system&apos; (the PC&apos;s language when a translation exists, else English), or one of en, de, fr, it, ru, zh; applies when the app next starts.</source>
        <translation>窗口语言：“system”（如有该语言的翻译则使用 PC 的语言，否则使用英语），或 en、de、fr、it、ru、zh 之一；下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Colours of the window: &apos;system&apos; (follow the PC&apos;s light or dark mode), &apos;light&apos; or &apos;dark&apos;.</source>
        <translation>窗口颜色：“system”（跟随 PC 的浅色或深色模式）、“light”或“dark”。</translation>
    </message>
    <message>
        <source>Closing the window keeps the app running in the system tray (monitoring and uploads go on); without a tray, closing quits.</source>
        <translation>关闭窗口后，应用将在系统托盘中继续运行（监测和上传将继续）；若无系统托盘，关闭即退出。</translation>
    </message>
    <message>
        <source>Name of the service shown in the opt-in: Send Instrument Performance Data to …</source>
        <translation>同意选项中显示的服务名称：将仪器性能数据发送给 …</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data. Off by default; nothing leaves the PC while off.</source>
        <translation>发送仪器性能数据。默认关闭；关闭期间不会有任何数据离开此 PC。</translation>
    </message>
</context>
<context>
    <name>SettingError</name>
    <message>
        <source>expected on or off (true/false), got {raw!r}</source>
        <translation>应为开或关（true/false），收到 {raw!r}</translation>
    </message>
    <message>
        <source>the endpoint must start with https:// (got {scheme} scheme); data only ever leaves over TLS</source>
        <translation>地址必须以 https:// 开头（收到的协议：{scheme}）；数据只通过 TLS 离开此 PC</translation>
    </message>
    <message>
        <source>the endpoint has no host name, e.g. https://proactive.example.com</source>
        <translation>地址缺少主机名，例如 https://proactive.example.com</translation>
    </message>
    <message>
        <source>the endpoint must not contain a user name or password; set the instrument token with: proactive-gui config set-secret token</source>
        <translation>地址中不得包含用户名或密码；请用以下命令设置仪器令牌：proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>proxy must be &apos;system&apos;, &apos;none&apos; or a URL such as http://proxy.example:3128 (or auto, or pac:URL for a PAC file), got {raw!r}</source>
        <translation>proxy 必须是“system”、“none”或 URL，例如 http://proxy.example:3128（也可为 auto，或用 pac:URL 指定 PAC 文件），收到 {raw!r}</translation>
    </message>
    <message>
        <source>the proxy password does not go in the URL; store it with: proactive-gui config set-secret proxy_password</source>
        <translation>代理密码不能写在 URL 中；请用以下命令保存：proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>the proxy port is not a number between 1 and 65535: {raw!r}</source>
        <translation>代理端口不是 1 到 65535 之间的数字：{raw!r}</translation>
    </message>
    <message>
        <source>the proxy URL needs a port, e.g. {example}</source>
        <translation>代理 URL 需要端口，例如 {example}</translation>
    </message>
    <message>
        <source>a PAC file is given as pac:URL, e.g. pac:http://wpad.example/proxy.pac, got {url!r}</source>
        <translation>PAC 文件应以 pac:URL 形式指定，例如 pac:http://wpad.example/proxy.pac，收到 {url!r}</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>not a regular file (a folder, device or pipe): {path}</source>
        <translation>不是普通文件（是文件夹、设备或管道）：{path}</translation>
    </message>
    <message>
        <source>too large for a CA bundle ({size} bytes): {path}</source>
        <translation>作为 CA 证书包过大（{size} 字节）：{path}</translation>
    </message>
    <message>
        <source>cannot be read ({why}): {path}</source>
        <translation>无法读取（{why}）：{path}</translation>
    </message>
    <message>
        <source>{path} is a binary (DER) certificate; the app needs it as PEM text: export it from Windows as &apos;Base-64 encoded X.509 (.CER)&apos;, or convert it with: openssl x509 -inform der -in FILE.cer -out FILE.pem</source>
        <translation>{path} 是二进制（DER）证书；本应用需要 PEM 文本格式：请在 Windows 中以“Base64 编码 X.509 (.CER)”导出，或用以下命令转换：openssl x509 -inform der -in FILE.cer -out FILE.pem</translation>
    </message>
    <message>
        <source>no PEM certificate (-----BEGIN CERTIFICATE-----) in {path}</source>
        <translation>{path} 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）</translation>
    </message>
    <message>
        <source>no such folder: {path}</source>
        <translation>找不到文件夹：{path}</translation>
    </message>
    <message>
        <source>not a whole number of {unit}: {raw!r}</source>
        <translation>不是整数（{unit}）：{raw!r}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} {unit}: {number}</source>
        <translation>必须在 {low} 到 {high} {unit} 之间：{number}</translation>
    </message>
    <message>
        <source>must be one of {choices}: {raw!r}</source>
        <translation>必须是 {choices} 之一：{raw!r}</translation>
    </message>
    <message>
        <source>the service name must be 1 to 40 printable characters</source>
        <translation>服务名称必须为 1 到 40 个可打印字符</translation>
    </message>
    <message>
        <source>must be &apos;system&apos; or one of {choices}: {raw!r}</source>
        <translation>必须是“system”或 {choices} 之一：{raw!r}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>(Takes effect when the app next starts.)</source>
        <translation>（下次启动应用时生效。）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Will be removed from the keyring when you Apply.</source>
        <translation>点击“应用”时将从密钥环中移除。</translation>
    </message>
    <message>
        <source>Stored, never shown. {where} Type a new one to replace it.</source>
        <translation>已存储，不会显示。{where} 输入新值即可替换。</translation>
    </message>
    <message>
        <source>Not set. Type it here; it will be kept here: {where}</source>
        <translation>未设置。请在此输入；存放位置：{where}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Change a setting, then Apply. Secrets are never shown again, and each says where it is kept. Settings locked by your IT department show why.</source>
        <translation>更改设置后点击“应用”。机密不会再次显示，每项都会注明其存放位置。被您的 IT 部门锁定的设置会显示原因。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put back the values from before the last Apply</source>
        <translation>恢复上次“应用”之前的值</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Forget the changes not applied yet</source>
        <translation>放弃尚未应用的更改</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>发送仪器性能数据</translation>
    </message>
    <message>
        <source>Change on the Overview</source>
        <translation>在“概览”中更改</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>接收端地址</translation>
    </message>
    <message>
        <source>Instrument token</source>
        <translation>仪器令牌</translation>
    </message>
    <message>
        <source>Sent as the bearer credential to the receiver</source>
        <translation>作为 Bearer 凭据发送给接收端</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>此代理：</translation>
    </message>
    <message>
        <source>http://user@proxy.example:3128</source>
        <translation>http://user@proxy.example:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>For the user named in the proxy address</source>
        <translation>用于代理地址中指定的用户</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>额外 CA 证书</translation>
    </message>
    <message>
        <source>(none: the operating system&apos;s trust store only)</source>
        <translation>（无：仅使用操作系统的信任存储）</translation>
    </message>
    <message>
        <source>Payloads and the upload queue</source>
        <translation>数据包和上传队列</translation>
    </message>
    <message>
        <source>Health payload every</source>
        <translation>状态数据包间隔</translation>
    </message>
    <message>
        <source>Queue size limit</source>
        <translation>队列容量上限</translation>
    </message>
    <message>
        <source>Keep unsent payloads for</source>
        <translation>未发送数据包保留时长</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep the bytes of sent payloads for</source>
        <translation>已发送数据包字节保留时长</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>Spool key</source>
        <translation>队列密钥</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>此 PC</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>关闭窗口时在系统托盘中继续运行</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>关闭到托盘</translation>
    </message>
    <message>
        <source>Run folder root</source>
        <translation>运行文件夹根目录</translation>
    </message>
    <message>
        <source>(none: open a run folder from the command line)</source>
        <translation>（无：从命令行打开运行文件夹）</translation>
    </message>
    <message>
        <source>Where the app keeps its files</source>
        <translation>应用文件的存放位置</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Data (spool, history, consent log)</source>
        <translation>数据（队列、历史记录、同意记录）</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Locked by your IT department: {reason}</source>
        <translation>已被您的 IT 部门锁定：{reason}</translation>
    </message>
    <message>
        <source>Moving the key is an IT task: proactive-gui config set spool_key_store …</source>
        <translation>迁移密钥需由 IT 部门完成：proactive-gui config set spool_key_store …</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n setting(s) need fixing (in red).</source>
        <translation>
            <numerusform>未保存任何内容：%n 项设置需要修正（以红色标出）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) at {time}.</source>
        <translation>
            <numerusform>已于 {time} 保存 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>{keys}: when the app next starts.</source>
        <translation>{keys}：下次启动应用时生效。</translation>
    </message>
    <message>
        <source>The previous values are back.</source>
        <translation>已恢复先前的值。</translation>
    </message>
    <message>
        <source>On: performance data is sent.</source>
        <translation>开启：将发送仪器性能数据。</translation>
    </message>
    <message>
        <source>Off: nothing leaves this PC.</source>
        <translation>关闭：不会有任何数据离开此 PC。</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>Subsystem</name>
    <message>
        <source>Optical</source>
        <translation>光学系统</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>机械系统</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>热力系统</translation>
    </message>
    <message>
        <source>Fluidics</source>
        <translation>流体系统</translation>
    </message>
</context>
<context>
    <name>SubsystemCard</name>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>This source has no readings of this subsystem.</source>
        <translation>此来源没有该系统的读数。</translation>
    </message>
    <message>
        <source>No readings yet.</source>
        <translation>尚无读数。</translation>
    </message>
</context>
<context>
    <name>SubsystemPlot</name>
    <message>
        <source>Cycle</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Run time (h:mm)</source>
        <translation>运行时间 (h:mm)</translation>
    </message>
    <message>
        <source>No readings in this time range</source>
        <translation>此时间范围内无读数</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} 小时 {m:02d} 分钟</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Proactive Companion</source>
        <translation>显示 Proactive Companion</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>{app} (Demo)</source>
        <translation>{app}（演示）</translation>
    </message>
    <message>
        <source>At this rate it reaches its failure limit in about {time}.</source>
        <translation>按此趋势，约 {time} 后将达到故障限值。</translation>
    </message>
    <message>
        <source>See the Health page.</source>
        <translation>请查看“状态”页面。</translation>
    </message>
</context>
<context>
    <name>Upload</name>
    <message>
        <source>the receiver did not finish its answer within {seconds} s (too slow, or stalled); the payload stays queued and is sent again</source>
        <translation>接收端未在 {seconds} 秒内完成响应（过慢或已停滞）；数据包仍在队列中，将重新发送</translation>
    </message>
    <message>
        <source>the receiver&apos;s certificate is not trusted (expired, self-signed, wrong host name, or an inspecting proxy whose CA is not configured)</source>
        <translation>接收端的证书不受信任（已过期、自签名、主机名不符，或执行 TLS 检查的代理的 CA 未配置）</translation>
    </message>
    <message>
        <source>the receiver does not offer TLS 1.2 or newer</source>
        <translation>接收端不提供 TLS 1.2 或更高版本</translation>
    </message>
    <message>
        <source>the proxy refused the connection (check the proxy address and its password)</source>
        <translation>代理拒绝了连接（请检查代理地址及其密码）</translation>
    </message>
    <message>
        <source>the receiver did not answer in time</source>
        <translation>接收端未及时响应</translation>
    </message>
    <message>
        <source>the receiver cannot be reached (network down, wrong address, or refused)</source>
        <translation>无法访问接收端（网络中断、地址错误或连接被拒绝）</translation>
    </message>
    <message>
        <source>the connection failed unexpectedly; the payload stays queued</source>
        <translation>连接意外失败；数据包仍在队列中</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data is off</source>
        <translation>“发送仪器性能数据”已关闭</translation>
    </message>
    <message>
        <source>no receiver address is set (setting: endpoint)</source>
        <translation>未设置接收端地址（设置项：endpoint）</translation>
    </message>
    <message>
        <source>another Proactive Companion (process {process}) is sending this queue; this one waits and sends nothing</source>
        <translation>另一个 Proactive Companion（进程 {process}）正在发送此队列；本实例将等待，不发送任何数据</translation>
    </message>
    <message>
        <source>another Proactive Companion is sending this queue; this one waits and sends nothing</source>
        <translation>另一个 Proactive Companion 正在发送此队列；本实例将等待，不发送任何数据</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} 个等待中</translation>
    </message>
    <message>
        <source>the receiver refused the instrument token (HTTP {code}); set a new one: proactive-gui config set-secret token</source>
        <translation>接收端拒绝了仪器令牌（HTTP {code}）；请设置新令牌：proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>the receiver asked to wait (HTTP {code})</source>
        <translation>接收端要求稍后再试（HTTP {code}）</translation>
    </message>
    <message>
        <source>the receiver failed (HTTP {code})</source>
        <translation>接收端出错（HTTP {code}）</translation>
    </message>
    <message>
        <source>the receiver redirected the upload to {host} (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>接收端将上传重定向到 {host}（HTTP {code}）；上传从不跟随重定向：请检查 endpoint 设置，或中间是否有强制门户或 Web 过滤器</translation>
    </message>
    <message>
        <source>the receiver redirected the upload (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>接收端重定向了上传（HTTP {code}）；上传从不跟随重定向：请检查 endpoint 设置，或中间是否有强制门户或 Web 过滤器</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an answer far too long to be a receipt; the payload stays queued and is sent again</source>
        <translation>接收端返回 HTTP {status}，但响应过长，不可能是回执；数据包仍在队列中，将重新发送</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an empty answer instead of a receipt; the payload stays queued and is sent again</source>
        <translation>接收端返回 HTTP {status}，但响应为空，没有回执；数据包仍在队列中，将重新发送</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with a web page instead of a receipt (a captive portal, a proxy&apos;s sign-in page or a web filter may be in the way); the payload stays queued and is sent again</source>
        <translation>接收端返回 HTTP {status}，但响应是网页而非回执（中间可能有强制门户、代理登录页或 Web 过滤器）；数据包仍在队列中，将重新发送</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not JSON; the payload stays queued and is sent again</source>
        <translation>接收端返回 HTTP {status}，但其回执不是 JSON；数据包仍在队列中，将重新发送</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not a JSON object; the payload stays queued and is sent again</source>
        <translation>接收端返回 HTTP {status}，但其回执不是 JSON 对象；数据包仍在队列中，将重新发送</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not name the payload; the payload stays queued and is sent again</source>
        <translation>接收端返回 HTTP {status}，但其回执未注明该数据包；数据包仍在队列中，将重新发送</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt names another payload; the payload stays queued and is sent again</source>
        <translation>接收端返回 HTTP {status}，但其回执注明的是另一个数据包；数据包仍在队列中，将重新发送</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not confirm the payload&apos;s SHA-256, so the delivery is not proven; the payload stays queued and is sent again</source>
        <translation>接收端返回 HTTP {status}，但其回执未确认数据包的 SHA-256，因此无法证明已投递；数据包仍在队列中，将重新发送</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt gives another SHA-256 than the payload&apos;s (the receiver got different bytes); the payload stays queued and is sent again</source>
        <translation>接收端返回 HTTP {status}，但其回执中的 SHA-256 与数据包的不符（接收端收到的字节不同）；数据包仍在队列中，将重新发送</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <source>Uploads</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Sealed payloads wait here, encrypted, until the receiver confirms each one. Nothing is lost when the network, the receiver or this PC fails.</source>
        <translation>已封装的数据包在此加密等待，直到接收端逐一确认。即使网络、接收端或此 PC 出现故障，也不会丢失任何数据。</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>上传引擎</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Export the queue…</source>
        <translation>导出队列…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>重试所选项</translation>
    </message>
    <message>
        <source>Discard selected…</source>
        <translation>丢弃所选项…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Open the sent history</source>
        <translation>打开发送记录</translation>
    </message>
    <message>
        <source>No queue</source>
        <translation>无队列</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>发送已关闭</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>令牌被拒绝</translation>
    </message>
    <message>
        <source>Sent by another process</source>
        <translation>由另一个进程发送</translation>
    </message>
    <message>
        <source>Next try at {time}: {why}</source>
        <translation>下次尝试时间 {time}：{why}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, {kb} kB, oldest from {when}</source>
        <translation>
            <numerusform>%n 个等待中，{kb} kB，最早的来自 {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the size and age limits.</source>
        <translation>
            <numerusform>%n 个因容量和期限限制被丢弃。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest {shown} of %n deliveries; all are in {file}.</source>
        <translation>
            <numerusform>最近 {shown} 次投递（共 %n 次）；全部记录见 {file}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n payload(s)? They will never be sent.</source>
        <translation>
            <numerusform>丢弃 %n 个数据包？它们将永远不会被发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}. They stay queued and marked exported.</source>
        <translation>
            <numerusform>已将 %n 个数据包写入 {path}。它们仍在队列中，并标记为已导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>无等待项。</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>已暂存</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Discard payloads</source>
        <translation>丢弃数据包</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>导出队列</translation>
    </message>
    <message>
        <source>Queue exported</source>
        <translation>队列已导出</translation>
    </message>
</context>
</TS>
