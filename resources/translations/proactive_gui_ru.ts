<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Channel</name>
    <message>
        <source>Red laser power</source>
        <translation>Мощность красного лазера</translation>
    </message>
    <message>
        <source>Green laser power</source>
        <translation>Мощность зеленого лазера</translation>
    </message>
    <message>
        <source>Focus quality (FWHM)</source>
        <translation>Качество фокусировки (FWHM)</translation>
    </message>
    <message>
        <source>Camera temperature</source>
        <translation>Температура камеры</translation>
    </message>
    <message>
        <source>Stage X following error</source>
        <translation>Ошибка рассогласования столика X</translation>
    </message>
    <message>
        <source>Stage Y following error</source>
        <translation>Ошибка рассогласования столика Y</translation>
    </message>
    <message>
        <source>Z focus tracking error</source>
        <translation>Ошибка слежения фокуса Z</translation>
    </message>
    <message>
        <source>Stage motor current</source>
        <translation>Ток двигателя столика</translation>
    </message>
    <message>
        <source>Door interlock</source>
        <translation>Блокировка дверцы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Flow-cell temperature</source>
        <translation>Температура проточной ячейки</translation>
    </message>
    <message>
        <source>Flow-cell setpoint</source>
        <translation>Уставка проточной ячейки</translation>
    </message>
    <message>
        <source>Reagent chiller</source>
        <translation>Охладитель реагентов</translation>
    </message>
    <message>
        <source>Ambient temperature</source>
        <translation>Температура окружающей среды</translation>
    </message>
    <message>
        <source>Pump pressure</source>
        <translation>Давление насоса</translation>
    </message>
    <message>
        <source>Flow rate</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Bubble detections</source>
        <translation>Обнаруженные пузырьки</translation>
    </message>
    <message>
        <source>Vacuum check pressure</source>
        <translation>Давление при проверке вакуума</translation>
    </message>
    <message>
        <source>Intensity P90 ({chemistry})</source>
        <translation>Интенсивность P90 ({chemistry})</translation>
    </message>
    <message>
        <source>Focus FWHM ({chemistry})</source>
        <translation>Фокус FWHM ({chemistry})</translation>
    </message>
    <message>
        <source>Signal to noise</source>
        <translation>Сигнал/шум</translation>
    </message>
    <message>
        <source>Focus spread across tiles</source>
        <translation>Разброс фокуса по плиткам</translation>
    </message>
    <message>
        <source>Focus difference between swaths</source>
        <translation>Разница фокуса между полосами</translation>
    </message>
    <message>
        <source>Focus difference between surfaces</source>
        <translation>Разница фокуса между поверхностями</translation>
    </message>
    <message>
        <source>Clusters passing filter</source>
        <translation>Кластеры, прошедшие фильтр</translation>
    </message>
    <message>
        <source>Cluster density</source>
        <translation>Плотность кластеров</translation>
    </message>
    <message>
        <source>Occupied wells</source>
        <translation>Занятые лунки</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>Фазирование</translation>
    </message>
    <message>
        <source>Prephasing</source>
        <translation>Префазирование</translation>
    </message>
    <message>
        <source>Worst tile intensity loss</source>
        <translation>Макс. потеря интенсивности плитки</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Частота ошибок</translation>
    </message>
    <message>
        <source>Bases ≥ Q30</source>
        <translation>Основания ≥ Q30</translation>
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
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Outbound connection</source>
        <translation>Исходящее соединение</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>TLS inspection</source>
        <translation>Инспекция TLS</translation>
    </message>
    <message>
        <source>HTTP and authentication</source>
        <translation>HTTP и аутентификация</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Системное время</translation>
    </message>
    <message>
        <source>No inbound ports</source>
        <translation>Без входящих портов</translation>
    </message>
    <message>
        <source>Token storage</source>
        <translation>Хранение токена</translation>
    </message>
    <message>
        <source>Spool key storage</source>
        <translation>Хранение ключа очереди</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Отправлять данные о показателях работы прибора</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Sent: instrument performance (the health of the optical, mechanical, thermal and fluidics subsystems, alerts, early warnings, operational events), run performance (quality scores, yield), and the instrument&apos;s and run&apos;s configuration (models, serials, software versions, kit and flow-cell lots). Never sent: sequencing data, personal data, or health data. The Payload page shows every byte before it leaves.</source>
        <translation>Отправляются: данные о показателях работы прибора (состояние оптической, механической, термической и жидкостной подсистем, уведомления об ошибках, ранние предупреждения, эксплуатационные события), данные об эффективности рабочих процессов (показатели качества, выход) и данные о конфигурации прибора и рабочего процесса (модели, серийные номера, версии программного обеспечения, номера партий наборов и проточных ячеек). Никогда не отправляются: данные секвенирования, персональные данные и медицинские данные. На странице «Пакет данных» виден каждый байт, прежде чем он покинет этот ПК.</translation>
    </message>
    <message>
        <source>Where: to {service}, at {host} ({endpoint}), over TLS.</source>
        <translation>Куда: в компанию {service}, на {host} ({endpoint}), по TLS.</translation>
    </message>
    <message>
        <source>Where: to {service}, but no receiver is set yet (Settings, endpoint): nothing can leave this PC until one is.</source>
        <translation>Куда: в компанию {service}, но получатель еще не задан (Настройки, endpoint): пока он не задан, ничто не может покинуть этот ПК.</translation>
    </message>
    <message>
        <source>How often: when a run starts, every {minutes} minutes while it runs, and when it ends.</source>
        <translation>Как часто: в начале запуска, каждые {minutes} мин во время запуска и в конце запуска.</translation>
    </message>
</context>
<context>
    <name>ConsentLog</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Версия приложения</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Источник изменения</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>это окно</translation>
    </message>
    <message>
        <source>the consent command</source>
        <translation>команда consent</translation>
    </message>
    <message>
        <source>config set (terminal)</source>
        <translation>config set (терминал)</translation>
    </message>
</context>
<context>
    <name>Consumable</name>
    <message>
        <source>Flow cell</source>
        <translation>Проточная ячейка</translation>
    </message>
    <message>
        <source>PR2 buffer bottle</source>
        <translation>Флакон с буфером PR2</translation>
    </message>
    <message>
        <source>Reagent kit</source>
        <translation>Набор реагентов</translation>
    </message>
    <message>
        <source>Reagent cartridge</source>
        <translation>Картридж с реагентами</translation>
    </message>
    <message>
        <source>Dry cartridge</source>
        <translation>Сухой картридж</translation>
    </message>
    <message>
        <source>Wet cartridge</source>
        <translation>Влажный картридж</translation>
    </message>
    <message>
        <source>Library tube</source>
        <translation>Пробирка с библиотекой</translation>
    </message>
    <message>
        <source>SBS reagents</source>
        <translation>Реагенты SBS</translation>
    </message>
    <message>
        <source>Cluster reagents</source>
        <translation>Реагенты для кластеризации</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Буфер</translation>
    </message>
    <message>
        <source>Index reagents</source>
        <translation>Реагенты для индексных прочтений</translation>
    </message>
    <message>
        <source>Paired-end reagents</source>
        <translation>Реагенты для парноконцевых прочтений</translation>
    </message>
    <message>
        <source>Reagents</source>
        <translation>Реагенты</translation>
    </message>
</context>
<context>
    <name>CyclePlots</name>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Intensity (P90) per channel</source>
        <translation>Интенсивность (P90) по каналам</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>отсчеты</translation>
    </message>
    <message>
        <source>Focus (FWHM) per channel</source>
        <translation>Фокус (FWHM) по каналам</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Частота ошибок</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>not sent: its value does not look like a serial</source>
        <translation>не отправляется: значение не похоже на серийный номер</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a version</source>
        <translation>не отправляется: значение не похоже на версию</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a name</source>
        <translation>не отправляется: значение не похоже на название</translation>
    </message>
    <message>
        <source>not sent: its value does not look like a setting&apos;s value</source>
        <translation>не отправляется: значение не похоже на значение параметра</translation>
    </message>
    <message>
        <source>not sent: it reads as free text, not a setting</source>
        <translation>не отправляется: похоже на произвольный текст, а не на параметр</translation>
    </message>
    <message>
        <source>not sent: it repeats a value that stays on this PC</source>
        <translation>не отправляется: повторяет значение, которое остается на этом ПК</translation>
    </message>
    <message>
        <source>not sent: its name reads as personal data</source>
        <translation>не отправляется: по названию похоже на персональные данные</translation>
    </message>
    <message>
        <source>not sent: the allow-list does not name it</source>
        <translation>не отправляется: отсутствует в списке разрешенных</translation>
    </message>
    <message>
        <source>stays on this PC: the allow-list does not name this field</source>
        <translation>остается на этом ПК: этого поля нет в списке разрешенных</translation>
    </message>
    <message>
        <source>allowed, but no payload field carries it, so it stays on this PC</source>
        <translation>разрешено, но не входит ни в одно поле пакета данных, поэтому остается на этом ПК</translation>
    </message>
    <message>
        <source>stays on this PC: a library tube&apos;s barcode is recorded with the library it holds, so it could link to samples</source>
        <translation>остается на этом ПК: штрихкод пробирки с библиотекой записывается вместе с этой библиотекой, поэтому по нему можно связать данные с образцами</translation>
    </message>
    <message>
        <source>sent as {fields}</source>
        <translation>отправляется как {fields}</translation>
    </message>
    <message>
        <source>sent: the same value is in {fields}</source>
        <translation>отправляется: то же значение есть в {fields}</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Door opened</source>
        <translation>Дверца открыта</translation>
    </message>
    <message>
        <source>Door closed</source>
        <translation>Дверца закрыта</translation>
    </message>
    <message>
        <source>Vacuum check passed</source>
        <translation>Проверка вакуума пройдена</translation>
    </message>
    <message>
        <source>Bubble detected in the fluidics line (cycle {cycle})</source>
        <translation>Пузырек в линии жидкостной системы (цикл {cycle})</translation>
    </message>
    <message>
        <source>Run started: pre-run checks</source>
        <translation>Запуск начат: проверки перед запуском</translation>
    </message>
    <message>
        <source>Pre-run checks passed</source>
        <translation>Проверки перед запуском пройдены</translation>
    </message>
    <message>
        <source>Sequencing started: {cycles} cycles</source>
        <translation>Секвенирование начато (циклов: {cycles})</translation>
    </message>
    <message>
        <source>Cycles done; post-run wash started</source>
        <translation>Циклы завершены; начата промывка после запуска</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>Запуск завершен</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>endpoint</source>
        <translation>адрес получателя</translation>
    </message>
    <message>
        <source>token stored</source>
        <translation>токен сохранен</translation>
    </message>
    <message>
        <source>host</source>
        <translation>хост</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>прокси</translation>
    </message>
    <message>
        <source>from</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>без прокси</translation>
    </message>
    <message>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>proxy&apos;s answer</source>
        <translation>ответ прокси</translation>
    </message>
    <message>
        <source>authentication asked for</source>
        <translation>запрошенная аутентификация</translation>
    </message>
    <message>
        <source>authentication sent</source>
        <translation>отправленная аутентификация</translation>
    </message>
    <message>
        <source>found in</source>
        <translation>найден в</translation>
    </message>
    <message>
        <source>PAC file</source>
        <translation>PAC-файл</translation>
    </message>
    <message>
        <source>PAC file named by</source>
        <translation>источник PAC-файла</translation>
    </message>
    <message>
        <source>PAC file&apos;s answer</source>
        <translation>ответ PAC-файла</translation>
    </message>
    <message>
        <source>proxy user</source>
        <translation>пользователь прокси</translation>
    </message>
    <message>
        <source>resolves on this PC</source>
        <translation>разрешается на этом ПК</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>разрешается через</translation>
    </message>
    <message>
        <source>via</source>
        <translation>через</translation>
    </message>
    <message>
        <source>extra CA bundle</source>
        <translation>дополнительный набор сертификатов ЦС</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>версия TLS</translation>
    </message>
    <message>
        <source>cipher</source>
        <translation>шифр</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>издатель</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>субъект</translation>
    </message>
    <message>
        <source>days until the certificate expires</source>
        <translation>дней до истечения срока сертификата</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>источник доверия</translation>
    </message>
    <message>
        <source>trusted through</source>
        <translation>доверие через</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>статус HTTP</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>аутентификация пройдена</translation>
    </message>
    <message>
        <source>clock difference (s)</source>
        <translation>разница времени (с)</translation>
    </message>
    <message>
        <source>listening on</source>
        <translation>прослушивание</translation>
    </message>
    <message>
        <source>where</source>
        <translation>где</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>keyring backend</source>
        <translation>бэкенд хранилища ключей</translation>
    </message>
    <message>
        <source>opt-in on</source>
        <translation>согласие включено</translation>
    </message>
    <message>
        <source>locked by the IT policy</source>
        <translation>заблокировано политикой ИТ</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>{path} could not be written: {why}</source>
        <translation>Не удалось записать {path}: {why}</translation>
    </message>
</context>
<context>
    <name>FlowCellMap</name>
    <message>
        <source>Metric:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>Lane · surface · swath</source>
        <translation>Дорожка · поверхность · полоса</translation>
    </message>
    <message>
        <source>Tile within swath</source>
        <translation>Плитка в полосе</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>{channel} reaches its failure limit at about cycle {cycle} of {total}</source>
        <translation>{channel} достигнет предела отказа примерно на цикле {cycle} из {total}</translation>
    </message>
    <message>
        <source>Failure predicted in ~{time} ({channel})</source>
        <translation>Прогнозируется отказ через ~{time} ({channel})</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Per-cycle signals of the optical, mechanical and fluidics subsystems from the run folder: the median over the flow cell&apos;s tiles, each channel on its own scale. Works without a network. Amber dashed lines are warning levels, red failure levels, drawn where a limit applies to the value itself; a band counts only when several cycles in a row are beyond it.</source>
        <translation>Сигналы оптической, механической и жидкостной подсистем по циклам из папки запуска: медиана по плиткам проточной ячейки, каждый канал в своем масштабе. Работает без сети. Желтые пунктирные линии — пороги предупреждения, красные — пороги отказа; они показаны там, где предел относится к самому значению. Выход за порог учитывается, только если он длится несколько циклов подряд.</translation>
    </message>
    <message>
        <source>Live signals of the optical, mechanical, thermal and fluidics subsystems, measured on the instrument. Works without a network. Lines: amber dashed is the warning level, red the failure level; they apply to half-minute medians, so a single spike does not count.</source>
        <translation>Сигналы оптической, механической, термической и жидкостной подсистем в реальном времени, измеренные на приборе. Работает без сети. Линии: желтая пунктирная — порог предупреждения, красная — порог отказа; они относятся к медианам за полминуты, поэтому единичный всплеск не учитывается.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>Последние 10 минут</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Весь запуск</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Подсистема</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Newest reading</source>
        <translation>Последнее показание</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Давность</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Время с начала</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>{subsystem}: not measured by this source (a run folder records no temperatures).</source>
        <translation>{subsystem}: не измеряется этим источником (в папке запуска нет данных о температуре).</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n open)</source>
        <translation>
            <numerusform>Уведомления (%n открыто)</numerusform>
            <numerusform>Уведомления (%n открыто)</numerusform>
            <numerusform>Уведомления (%n открыто)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMeasure</name>
    <message>
        <source>first-cycle intensity ({chemistry})</source>
        <translation>интенсивность в первом цикле ({chemistry})</translation>
    </message>
    <message>
        <source>first-cycle focus FWHM ({chemistry})</source>
        <translation>фокус FWHM в первом цикле ({chemistry})</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>частота ошибок</translation>
    </message>
    <message>
        <source>phasing</source>
        <translation>фазирование</translation>
    </message>
    <message>
        <source>prephasing</source>
        <translation>префазирование</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Every run read on this PC, and the trends across runs of each instrument: when a value heads for its service limit, the forecast says in how many runs it gets there.</source>
        <translation>Все запуски, прочитанные на этом ПК, и тренды по запускам каждого прибора: если значение приближается к сервисному пределу, прогноз показывает, через сколько запусков оно его достигнет.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чтение истории…</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>Trend across runs</source>
        <translation>Тренд по запускам</translation>
    </message>
    <message>
        <source>One point per run</source>
        <translation>Одна точка на запуск</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Начало запуска</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Прибор</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Циклы</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reading run folders into the history: {done} of {total} ({name})</source>
        <translation>Чтение папок запуска в историю: {done} из {total} ({name})</translation>
    </message>
    <message numerus="yes">
        <source>%n run folder(s) under {root}</source>
        <translation>
            <numerusform>%n папка запуска в {root}</numerusform>
            <numerusform>%n папки запуска в {root}</numerusform>
            <numerusform>%n папок запуска в {root}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n прочитана</numerusform>
            <numerusform>%n прочитаны</numerusform>
            <numerusform>%n прочитано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged (shown in the table)</source>
        <translation>
            <numerusform>%n повреждена (см. таблицу)</numerusform>
            <numerusform>%n повреждены (см. таблицу)</numerusform>
            <numerusform>%n повреждено (см. таблицу)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer on the disk</source>
        <translation>
            <numerusform>%n уже нет на диске</numerusform>
            <numerusform>%n уже нет на диске</numerusform>
            <numerusform>%n уже нет на диске</numerusform>
        </translation>
    </message>
    <message>
        <source>The history database was damaged; it was kept aside and is rebuilt from the run folders.</source>
        <translation>База данных истории была повреждена; она сохранена отдельно, а история заново строится по папкам запуска.</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>Не удалось прочитать историю: {reason}</translation>
    </message>
    <message>
        <source>No forecast: no instrument&apos;s series of comparable runs is heading for a service limit.</source>
        <translation>Прогноза нет: ни в одной серии сопоставимых запусков какого-либо прибора значения не приближаются к сервисному пределу.</translation>
    </message>
    <message>
        <source>{subsystem}: {what} has reached the service limit</source>
        <translation>{subsystem}: {what} — достигнут сервисный предел</translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} down {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}: {what} — снижение на {change} % за %n запуск</numerusform>
            <numerusform>{subsystem}: {what} — снижение на {change} % за %n запуска</numerusform>
            <numerusform>{subsystem}: {what} — снижение на {change} % за %n запусков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{subsystem}: {what} up {change} % over %n run(s)</source>
        <translation>
            <numerusform>{subsystem}: {what} — рост на {change} % за %n запуск</numerusform>
            <numerusform>{subsystem}: {what} — рост на {change} % за %n запуска</numerusform>
            <numerusform>{subsystem}: {what} — рост на {change} % за %n запусков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at this rate it reaches the service limit in about %n run(s)</source>
        <translation>
            <numerusform>при такой динамике сервисный предел будет достигнут примерно через %n запуск</numerusform>
            <numerusform>при такой динамике сервисный предел будет достигнут примерно через %n запуска</numerusform>
            <numerusform>при такой динамике сервисный предел будет достигнут примерно через %n запусков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(about %n day(s))</source>
        <translation>
            <numerusform>(примерно %n день)</numerusform>
            <numerusform>(примерно %n дня)</numerusform>
            <numerusform>(примерно %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>gone</source>
        <translation>нет на диске</translation>
    </message>
    <message>
        <source>no metrics</source>
        <translation>нет показателей</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Service due soon</source>
        <translation>Скоро обслуживание</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершен</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>поврежден</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo (simulated instrument)</source>
        <translation>{app} — демо (имитация прибора)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Run quality</source>
        <translation>Качество запуска</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Пакет данных</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>История отправок</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>DEMO — simulated instrument. These readings are not from a real instrument, and nothing from the demo is queued for sending.</source>
        <translation>ДЕМО — имитация прибора. Эти показания получены не с реального прибора, и из демо ничего не ставится в очередь на отправку.</translation>
    </message>
    <message>
        <source>This window follows the run folder it was opened with; the new run folder root applies when the app next starts.</source>
        <translation>Это окно отслеживает папку запуска, с которой оно было открыто; новая корневая папка запусков будет применена после перезапуска приложения.</translation>
    </message>
    <message>
        <source>Demo instrument — scenario: {scenario} — speed ×{speed:g}</source>
        <translation>Демо-прибор — сценарий: {scenario} — скорость ×{speed:g}</translation>
    </message>
    <message>
        <source>the simulator stopped: {error}</source>
        <translation>симулятор остановлен: {error}</translation>
    </message>
    <message>
        <source>Run folder: {folder}</source>
        <translation>Папка запуска: {folder}</translation>
    </message>
    <message>
        <source>run time {time}</source>
        <translation>длительность запуска {time}</translation>
    </message>
    <message>
        <source>Still running in the tray: monitoring and uploads go on.</source>
        <translation>Работает в области уведомлений: мониторинг и передача продолжаются.</translation>
    </message>
    <message>
        <source>No run folder in {folder}: no RunInfo.xml there or up to two levels below.</source>
        <translation>В {folder} нет папки запуска: ни там, ни на два уровня ниже нет RunInfo.xml.</translation>
    </message>
    <message>
        <source>{run} opens in a window of its own (this one shows the demo).</source>
        <translation>{run} открывается в отдельном окне (в этом показано демо).</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Открыть папку запуска</translation>
    </message>
    <message>
        <source>The instrument&apos;s output folder</source>
        <translation>Папка выходных данных прибора</translation>
    </message>
</context>
<context>
    <name>Netcheck</name>
    <message>
        <source>the Configuration check did not pass</source>
        <translation>проверка «Конфигурация» не пройдена</translation>
    </message>
    <message>
        <source>the Proxy check did not pass</source>
        <translation>проверка «Прокси» не пройдена</translation>
    </message>
    <message>
        <source>the DNS check did not pass</source>
        <translation>проверка DNS не пройдена</translation>
    </message>
    <message>
        <source>the Outbound connection check did not pass</source>
        <translation>проверка «Исходящее соединение» не пройдена</translation>
    </message>
    <message>
        <source>the TLS check did not pass</source>
        <translation>проверка TLS не пройдена</translation>
    </message>
    <message>
        <source>the HTTP and authentication check was skipped, so no time was read</source>
        <translation>проверка «HTTP и аутентификация» пропущена, поэтому время не получено</translation>
    </message>
    <message>
        <source>no instrument token is stored (see Configuration)</source>
        <translation>токен прибора не сохранен (см. «Конфигурация»)</translation>
    </message>
    <message>
        <source>the TLS check did not run</source>
        <translation>проверка TLS не выполнялась</translation>
    </message>
    <message>
        <source>the TLS check failed for another reason</source>
        <translation>проверка TLS не пройдена по другой причине</translation>
    </message>
    <message>
        <source>the receiver sent no Date header</source>
        <translation>получатель не отправил заголовок Date</translation>
    </message>
    <message>
        <source>the receiver did not answer</source>
        <translation>получатель не ответил</translation>
    </message>
    <message>
        <source>cannot list sockets on this system</source>
        <translation>в этой системе невозможно получить список сокетов</translation>
    </message>
    <message>
        <source>setting (none)</source>
        <translation>параметр (none)</translation>
    </message>
    <message>
        <source>system (environment or OS settings)</source>
        <translation>система (переменные среды или настройки ОС)</translation>
    </message>
    <message>
        <source>system: none for this host</source>
        <translation>система: для этого хоста прокси нет</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>параметр</translation>
    </message>
    <message>
        <source>a PAC file</source>
        <translation>PAC-файл</translation>
    </message>
    <message>
        <source>a PAC file that cannot be used: direct</source>
        <translation>непригодный PAC-файл: напрямую</translation>
    </message>
    <message>
        <source>environment variables (HTTPS_PROXY)</source>
        <translation>переменные среды (HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet, this user)</source>
        <translation>Свойства браузера Windows (WinINet, этот пользователь)</translation>
    </message>
    <message>
        <source>Windows WinHTTP (this machine)</source>
        <translation>Windows WinHTTP (этот компьютер)</translation>
    </message>
    <message>
        <source>macOS network settings</source>
        <translation>сетевые настройки macOS</translation>
    </message>
    <message>
        <source>none found (in the OS&apos;s settings, or by WPAD): the system&apos;s proxy is used</source>
        <translation>не найден (ни в настройках ОС, ни через WPAD): используется системный прокси</translation>
    </message>
    <message>
        <source>the proxy setting</source>
        <translation>параметр прокси</translation>
    </message>
    <message>
        <source>Windows Internet Options (WinINet)</source>
        <translation>Свойства браузера Windows (WinINet)</translation>
    </message>
    <message>
        <source>WPAD (DNS)</source>
        <translation>WPAD (DNS)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>напрямую</translation>
    </message>
    <message>
        <source>the proxy {proxy}</source>
        <translation>прокси {proxy}</translation>
    </message>
    <message>
        <source>OS trust store</source>
        <translation>хранилище сертификатов ОС</translation>
    </message>
    <message>
        <source>OS trust store + {ca_bundle}</source>
        <translation>хранилище сертификатов ОС + {ca_bundle}</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>хранилище ключей ОС</translation>
    </message>
    <message>
        <source>a file readable only by this user, not the OS keyring</source>
        <translation>файл, доступный для чтения только этому пользователю, а не хранилище ключей ОС</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нигде</translation>
    </message>
    <message>
        <source>a file, not the OS keyring</source>
        <translation>файл, а не хранилище ключей ОС</translation>
    </message>
    <message>
        <source>Set the receiver&apos;s HTTPS address: proactive-gui config set endpoint https://&lt;receiver&gt;</source>
        <translation>Задайте HTTPS-адрес получателя: proactive-gui config set endpoint https://&lt;receiver&gt;</translation>
    </message>
    <message>
        <source>Store the instrument token: proactive-gui config set-secret token</source>
        <translation>Сохраните токен прибора: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling.</source>
        <translation>Имя не разрешается на этом ПК. Проверьте DNS-серверы этого ПК или написание адреса получателя.</translation>
    </message>
    <message>
        <source>The name does not resolve here. Check the DNS servers of this PC, or the endpoint&apos;s spelling (the proxy may still resolve it).</source>
        <translation>Имя не разрешается на этом ПК. Проверьте DNS-серверы этого ПК или написание адреса получателя (прокси, возможно, все же сможет его разрешить).</translation>
    </message>
    <message>
        <source>The PAC file {url} cannot be used ({error}), so the uploader connects directly. Check its address (proactive-gui config set proxy pac:URL), or ask IT where the PAC file is.</source>
        <translation>PAC-файл {url} непригоден ({error}), поэтому модуль передачи подключается напрямую. Проверьте его адрес (proactive-gui config set proxy pac:URL) или узнайте в ИТ-отделе, где находится PAC-файл.</translation>
    </message>
    <message>
        <source>The proxy&apos;s name {host} does not resolve on this PC. Check its spelling in the proxy setting (proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;) and this PC&apos;s DNS servers.</source>
        <translation>Имя прокси {host} не разрешается на этом ПК. Проверьте его написание в параметре прокси (proactive-gui config set proxy http://&lt;proxy&gt;:&lt;port&gt;) и DNS-серверы этого ПК.</translation>
    </message>
    <message>
        <source>Nothing listens on port {port} of the proxy {host}: the connection was refused. Check the port in the proxy setting, and ask IT whether the proxy service runs.</source>
        <translation>Порт {port} прокси {host} никем не прослушивается: в соединении отказано. Проверьте порт в параметре прокси и узнайте в ИТ-отделе, работает ли служба прокси.</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} does not answer ({error}). Check its address in the proxy setting; a firewall may drop traffic from this PC to it.</source>
        <translation>Прокси {host}:{port} не отвечает ({error}). Проверьте его адрес в параметре прокси; возможно, брандмауэр отбрасывает трафик с этого ПК к нему.</translation>
    </message>
    <message>
        <source>The proxy {host}:{port} took the connection but did not answer the tunnel request (CONNECT). Check that this address and port are those of an HTTP proxy.</source>
        <translation>Прокси {host}:{port} принял соединение, но не ответил на запрос туннеля (CONNECT). Убедитесь, что это адрес и порт HTTP-прокси.</translation>
    </message>
    <message>
        <source>{host}:{port} did not answer as an HTTP proxy does. Check the address and port in the proxy setting: it may be a SOCKS proxy or a web server.</source>
        <translation>{host}:{port} ответил не так, как отвечает HTTP-прокси. Проверьте адрес и порт в параметре прокси: возможно, это SOCKS-прокси или веб-сервер.</translation>
    </message>
    <message>
        <source>The proxy demands authentication ({schemes}). Put the proxy user in the setting: proactive-gui config set proxy http://USER@{host}:{port}, then store its password: proactive-gui config set-secret proxy_password</source>
        <translation>Прокси требует аутентификации ({schemes}). Укажите пользователя прокси в параметре: proactive-gui config set proxy http://USER@{host}:{port}, затем сохраните его пароль: proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused the user {user} with the stored password ({scheme}). Check the user in the proxy setting (DOMAIN\user is written DOMAIN%5Cuser) and store the current password: proactive-gui config set-secret proxy_password</source>
        <translation>Прокси отклонил пользователя {user} с сохраненным паролем ({scheme}). Проверьте пользователя в параметре прокси (DOMAIN\user записывается как DOMAIN%5Cuser) и сохраните текущий пароль: proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy refused this PC&apos;s Windows login ({scheme}). Ask IT whether this user may use the proxy, or name a proxy user: proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}, then proactive-gui config set-secret proxy_password</source>
        <translation>Прокси отклонил вход в Windows на этом ПК ({scheme}). Узнайте в ИТ-отделе, может ли этот пользователь работать через прокси, или укажите пользователя прокси: proactive-gui config set proxy http://DOMAIN%5CUSER@{host}:{port}, затем proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>The proxy accepts only {schemes} authentication, which this app does not speak (it speaks Basic, NTLM and Negotiate). Ask IT to allow one of those for this PC, or to let it reach {target} without authentication.</source>
        <translation>Прокси принимает только аутентификацию {schemes}, которую это приложение не поддерживает (поддерживаются Basic, NTLM и Negotiate). Попросите ИТ-отдел разрешить для этого ПК один из этих способов или доступ к {target} без аутентификации.</translation>
    </message>
    <message>
        <source>The proxy refuses the tunnel to {target} ({answer}). Ask IT to allow HTTPS (CONNECT) from this PC to {target} in the proxy&apos;s rules.</source>
        <translation>Прокси отказывает в туннеле к {target} ({answer}). Попросите ИТ-отдел разрешить в правилах прокси HTTPS (CONNECT) с этого ПК к {target}.</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not reach {target} ({answer}). Check the endpoint&apos;s host name, and ask IT whether the proxy can resolve it and reach port {port}.</source>
        <translation>Прокси {proxy} не смог подключиться к {target} ({answer}). Проверьте имя хоста в адресе получателя и узнайте в ИТ-отделе, может ли прокси разрешить это имя и подключиться к порту {port}.</translation>
    </message>
    <message>
        <source>Nothing answers on {target}. Allow outbound TCP to port {port} from this PC in the firewall, or check the address.</source>
        <translation>{target} не отвечает. Разрешите в брандмауэре исходящие TCP-соединения с этого ПК на порт {port} или проверьте адрес.</translation>
    </message>
    <message>
        <source>The extra CA bundle cannot be used: it must hold PEM certificates (-----BEGIN CERTIFICATE-----). Export the CA as &apos;Base-64 encoded X.509&apos; and set it again: proactive-gui config set ca_bundle FILE.pem</source>
        <translation>Дополнительный набор сертификатов ЦС непригоден: он должен содержать сертификаты PEM (-----BEGIN CERTIFICATE-----). Экспортируйте сертификат ЦС как «X.509 в кодировке Base-64» и задайте его снова: proactive-gui config set ca_bundle FILE.pem</translation>
    </message>
    <message>
        <source>The receiver (or a device in between) does not offer TLS 1.2 or newer. Ask for TLS 1.2/1.3 on the receiver, or exempt it from the device.</source>
        <translation>Получатель (или промежуточное устройство) не предлагает TLS 1.2 или новее. Запросите TLS 1.2/1.3 на получателе или исключите получателя из обработки этим устройством.</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate expires in {days} days; ask its operator to renew it.</source>
        <translation>Сертификат получателя истекает через {days} дн.; попросите оператора получателя обновить его.</translation>
    </message>
    <message>
        <source>The receiver&apos;s certificate has expired; ask its operator to renew it.</source>
        <translation>Срок действия сертификата получателя истек; попросите оператора получателя обновить его.</translation>
    </message>
    <message>
        <source>The certificate is not for {host}. Check the endpoint&apos;s host name, or ask the receiver&apos;s operator for a certificate that names it.</source>
        <translation>Сертификат выдан не для {host}. Проверьте имя хоста в адресе получателя или запросите у оператора получателя сертификат с этим именем.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not trusted here. If a proxy or firewall inspects TLS, add its CA: proactive-gui config set ca_bundle /path/to/inspection-ca.pem, or exempt {host} from inspection.</source>
        <translation>Издатель сертификата не является доверенным на этом ПК. Если прокси или брандмауэр инспектирует TLS, добавьте его ЦС: proactive-gui config set ca_bundle /path/to/inspection-ca.pem или исключите {host} из инспекции.</translation>
    </message>
    <message>
        <source>Traffic to the receiver is presented with a certificate from an issuer this PC does not trust ({issuer}): a proxy or firewall is probably inspecting TLS. Add its CA with: proactive-gui config set ca_bundle FILE, or exempt {host} from inspection.</source>
        <translation>Для трафика к получателю предъявляется сертификат издателя, которому этот ПК не доверяет ({issuer}): вероятно, прокси или брандмауэр инспектирует TLS. Добавьте его ЦС командой: proactive-gui config set ca_bundle FILE или исключите {host} из инспекции.</translation>
    </message>
    <message>
        <source>The receiver did not answer over HTTPS; see the stages above.</source>
        <translation>Получатель не ответил по HTTPS; см. этапы выше.</translation>
    </message>
    <message>
        <source>The receiver does not accept this instrument&apos;s token. Store the current one: proactive-gui config set-secret token</source>
        <translation>Получатель не принимает токен этого прибора. Сохраните текущий токен: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes ahead of the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>Часы этого ПК спешат на {minutes} мин относительно получателя. Включите синхронизацию времени (NTP) на этом ПК.</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} minutes behind the receiver. Turn on time synchronisation (NTP) for this PC.</source>
        <translation>Часы этого ПК отстают на {minutes} мин от получателя. Включите синхронизацию времени (NTP) на этом ПК.</translation>
    </message>
    <message>
        <source>The app should never listen on a port; report this as a defect.</source>
        <translation>Приложение никогда не должно прослушивать порт; сообщите об этом как о дефекте.</translation>
    </message>
    <message>
        <source>The spool key is in a file readable only by this user, not the OS keyring. Install or unlock a keyring, then: proactive-gui config set spool_key_store keyring</source>
        <translation>Ключ очереди хранится в файле, доступном для чтения только этому пользователю, а не в хранилище ключей ОС. Установите или разблокируйте хранилище ключей, затем: proactive-gui config set spool_key_store keyring</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>Используемое хранилище ключей ({backend}) хранит ключ очереди в файле ({path}), а не в хранилище ключей ОС. Используйте хранилище ключей ОС (в Linux — разблокированный Secret Service, например GNOME Keyring или KeePassXC) и перестаньте выбирать этот бэкенд (PYTHON_KEYRING_BACKEND или keyringrc.cfg); сначала доставьте очередь (proactive-gui deliver): ключ не переносится.</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the spool key in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.</source>
        <translation>Используемое хранилище ключей ({backend}) хранит ключ очереди в файле, а не в хранилище ключей ОС. Используйте хранилище ключей ОС (в Linux — разблокированный Secret Service, например GNOME Keyring или KeePassXC) и перестаньте выбирать этот бэкенд (PYTHON_KEYRING_BACKEND или keyringrc.cfg); сначала доставьте очередь (proactive-gui deliver): ключ не переносится.</translation>
    </message>
    <message>
        <source>No OS keyring: install or unlock one, or allow a key file: proactive-gui config set spool_key_store file</source>
        <translation>Нет хранилища ключей ОС: установите или разблокируйте его либо разрешите файл ключа: proactive-gui config set spool_key_store file</translation>
    </message>
    <message>
        <source>The instrument token (and the proxy password) are kept in a file readable only by this user, not the OS keyring. Where a keyring can be had: proactive-gui config set secret_store keyring, then store the token again: proactive-gui config set-secret token</source>
        <translation>Токен прибора (и пароль прокси) хранятся в файле, доступном для чтения только этому пользователю, а не в хранилище ключей ОС. Если хранилище ключей доступно: proactive-gui config set secret_store keyring, затем сохраните токен заново: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file ({path}), not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>Используемое хранилище ключей ({backend}) хранит токен прибора в файле ({path}), а не в хранилище ключей ОС. Используйте хранилище ключей ОС (в Linux — разблокированный Secret Service, например GNOME Keyring или KeePassXC), перестаньте выбирать этот бэкенд (PYTHON_KEYRING_BACKEND или keyringrc.cfg) и сохраните токен заново: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>The keyring in use ({backend}) keeps the instrument token in a file, not in the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg) and store the token again: proactive-gui config set-secret token</source>
        <translation>Используемое хранилище ключей ({backend}) хранит токен прибора в файле, а не в хранилище ключей ОС. Используйте хранилище ключей ОС (в Linux — разблокированный Secret Service, например GNOME Keyring или KeePassXC), перестаньте выбирать этот бэкенд (PYTHON_KEYRING_BACKEND или keyringrc.cfg) и сохраните токен заново: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>No OS keyring, so the instrument token cannot be stored: install or unlock one, or keep it in a file only you can read: proactive-gui config set secret_store file</source>
        <translation>Нет хранилища ключей ОС, поэтому токен прибора невозможно сохранить: установите или разблокируйте его либо храните токен в файле, доступном для чтения только вам: proactive-gui config set secret_store file</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {reason}</source>
        <translation>Заблокировано политикой ИТ: {reason}</translation>
    </message>
    <message>
        <source>Nothing is sent while the opt-in is off; the lab turns it on in the app (or: proactive-gui config set opt_in true).</source>
        <translation>Пока согласие выключено, ничего не отправляется; лаборатория включает его в приложении (или: proactive-gui config set opt_in true).</translation>
    </message>
    <message>
        <source>This check could not be completed ({error}: {detail}); the other checks still ran. Send this report to support.</source>
        <translation>Не удалось завершить эту проверку ({error}: {detail}); остальные проверки выполнены. Отправьте этот отчет в службу поддержки.</translation>
    </message>
    <message>
        <source>The checks could not run ({error}: {detail}).</source>
        <translation>Не удалось выполнить проверки ({error}: {detail}).</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Readiness checks for IT, with the uploader&apos;s own address, proxy and trust settings: a green check means uploads will work.</source>
        <translation>Проверки готовности для ИТ с собственными адресом, прокси и настройками доверия модуля передачи: зеленая отметка означает, что передача будет работать.</translation>
    </message>
    <message>
        <source>Run all checks</source>
        <translation>Выполнить все проверки</translation>
    </message>
    <message>
        <source>Run the selected check</source>
        <translation>Выполнить выбранную проверку</translation>
    </message>
    <message>
        <source>With the stages it needs before it</source>
        <translation>Вместе с нужными ей предыдущими этапами</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Копировать отчет</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Экспорт отчета…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Еще не выполнялась</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Evidence and remedy</source>
        <translation>Сведения и способ устранения</translation>
    </message>
    <message>
        <source>Select a stage to see its evidence and what to do.</source>
        <translation>Выберите этап, чтобы увидеть сведения и что делать.</translation>
    </message>
    <message>
        <source>Last run {age} ago</source>
        <translation>Выполнено {age} назад</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчета</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Warning: {channel}</source>
        <translation>Предупреждение: {channel}</translation>
    </message>
    <message>
        <source>Failure: {channel}</source>
        <translation>Отказ: {channel}</translation>
    </message>
    <message>
        <source>Early warning: {channel}</source>
        <translation>Раннее предупреждение: {channel}</translation>
    </message>
</context>
<context>
    <name>OpenRun</name>
    <message>
        <source>Runs in this folder: {n}. Which one?</source>
        <translation>Запусков в этой папке: {n}. Какой открыть?</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Открыть папку запуска</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open run folder…</source>
        <translation>&amp;Открыть папку запуска…</translation>
    </message>
    <message>
        <source>&amp;Recent runs</source>
        <translation>&amp;Недавние запуски</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Before you start a run</source>
        <translation>Перед началом запуска</translation>
    </message>
    <message>
        <source>The instrument&apos;s run, its four subsystems, and whether data may leave this PC.</source>
        <translation>Запуск на приборе, его четыре подсистемы и можно ли передавать данные с этого ПК.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Choose the instrument&apos;s output folder…</source>
        <translation>Выбрать папку выходных данных прибора…</translation>
    </message>
    <message>
        <source>Show the demo instead</source>
        <translation>Показать демо</translation>
    </message>
    <message>
        <source>Data sharing and connectivity</source>
        <translation>Обмен данными и подключение</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Nothing leaves this PC while sending is off.</source>
        <translation>Пока отправка выключена, ничто не покидает этот ПК.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Run the readiness checks on the Network page.</source>
        <translation>Выполните проверки готовности на странице «Сеть».</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>Очередь передачи</translation>
    </message>
    <message>
        <source>No payload is waiting to be sent.</source>
        <translation>Нет пакетов данных, ожидающих отправки.</translation>
    </message>
    <message>
        <source>Recent instrument events</source>
        <translation>Последние события прибора</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Отправлять данные о показателях работы прибора</translation>
    </message>
    <message>
        <source>Turn sending on</source>
        <translation>Включить отправку</translation>
    </message>
    <message>
        <source>Show me the Payload page</source>
        <translation>Показать страницу «Пакет данных»</translation>
    </message>
    <message>
        <source>Sending is off</source>
        <translation>Отправка выключена</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) are waiting to be sent. Discard them? (No keeps them, encrypted, until sending is turned on again.)</source>
        <translation>
            <numerusform>%n пакет данных ожидает отправки. Удалить его? (При ответе «Нет» он хранится в зашифрованном виде, пока отправка не будет снова включена.)</numerusform>
            <numerusform>%n пакета данных ожидают отправки. Удалить их? (При ответе «Нет» они хранятся в зашифрованном виде, пока отправка не будет снова включена.)</numerusform>
            <numerusform>%n пакетов данных ожидают отправки. Удалить их? (При ответе «Нет» они хранятся в зашифрованном виде, пока отправка не будет снова включена.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside, see Uploads</source>
        <translation>
            <numerusform>%n отложен, см. «Передача»</numerusform>
            <numerusform>%n отложено, см. «Передача»</numerusform>
            <numerusform>%n отложено, см. «Передача»</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} ({host})</source>
        <translation>Отправлять данные о показателях работы прибора в компанию {service} ({host})</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data to {service} (no receiver set)</source>
        <translation>Отправлять данные о показателях работы прибора в компанию {service} (получатель не задан)</translation>
    </message>
    <message>
        <source>Ready to start run</source>
        <translation>Готов к запуску</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Не готов</translation>
    </message>
    <message>
        <source>Every subsystem is healthy and nothing needs attention.</source>
        <translation>Все подсистемы исправны, ничего не требует внимания.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Готов, есть предупреждения</translation>
    </message>
    <message>
        <source>Checked {age} ago; details on the Network page.</source>
        <translation>Проверено {age} назад; подробности на странице «Сеть».</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>Encrypted on this PC until the receiver confirms each one.</source>
        <translation>Зашифрованы на этом ПК, пока получатель не подтвердит каждый пакет.</translation>
    </message>
    <message>
        <source>Kept, encrypted, until sending is turned on.</source>
        <translation>Хранятся в зашифрованном виде, пока не будет включена отправка.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Locked by the IT policy: {why}</source>
        <translation>Заблокировано политикой ИТ: {why}</translation>
    </message>
    <message>
        <source>Health and run summaries are sealed and sent over TLS; see Payload.</source>
        <translation>Сводки о состоянии и запуске запечатываются и передаются по TLS; см. «Пакет данных».</translation>
    </message>
    <message>
        <source>No run folder yet</source>
        <translation>Папки запуска пока нет</translation>
    </message>
    <message>
        <source>Health comes from the run folders the instrument writes. Choose the folder it writes them into (also in Settings: Run folder root), open a run folder (File ▸ Open run folder…, or drop it on this window), or look at the demo.</source>
        <translation>Состояние определяется по папкам запуска, которые записывает прибор. Выберите папку, в которую он их записывает (также в настройках: «Корневая папка запусков»), откройте папку запуска («Файл ▸ Открыть папку запуска…» или перетащите ее в это окно) или посмотрите демо.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Событий пока нет.</translation>
    </message>
    <message>
        <source>Sequencing — cycle {cycle} of {total}</source>
        <translation>Секвенирование — цикл {cycle} из {total}</translation>
    </message>
    <message>
        <source>Complete — {cycle} of {total} cycles</source>
        <translation>Завершен — циклов: {cycle} из {total}</translation>
    </message>
    <message>
        <source>Stopped early — cycle {cycle} of {total}</source>
        <translation>Остановлен досрочно — цикл {cycle} из {total}</translation>
    </message>
    <message>
        <source>No new cycle for over 2 h — cycle {cycle} of {total}</source>
        <translation>Более 2 ч нет нового цикла — цикл {cycle} из {total}</translation>
    </message>
    <message>
        <source>Waiting for the first cycle — {total} planned</source>
        <translation>Ожидание первого цикла — запланировано: {total}</translation>
    </message>
    <message>
        <source>%v of %m cycles</source>
        <translation>Циклы: %v из %m</translation>
    </message>
    <message>
        <source>The run folder records no cycle times.</source>
        <translation>В папке запуска нет времени циклов.</translation>
    </message>
    <message>
        <source>Last cycle written {when} ({age} ago)</source>
        <translation>Последний цикл записан {when} ({age} назад)</translation>
    </message>
    <message>
        <source>{phase} — cycle {cycle} of {total}</source>
        <translation>{phase} — цикл {cycle} из {total}</translation>
    </message>
    <message>
        <source>Run time {time}</source>
        <translation>Длительность запуска {time}</translation>
    </message>
</context>
<context>
    <name>PayloadPage</name>
    <message>
        <source>Sequencing data: base calls, reads, FASTQ/BAM, sequences of any kind (index sequences too).</source>
        <translation>Данные секвенирования: определения оснований (base calls), прочтения, FASTQ/BAM, любые последовательности (в том числе индексные).</translation>
    </message>
    <message>
        <source>Personal data (PII): names, user names, e-mail addresses, host and computer names, paths to user or network folders.</source>
        <translation>Персональные данные (PII): имена, имена пользователей, адреса эл. почты, имена хостов и компьютеров, пути к папкам пользователей или сетевым папкам.</translation>
    </message>
    <message>
        <source>Health data (PHI): patient names or ids, medical record numbers, dates of birth, sample and library names.</source>
        <translation>Медицинские данные (PHI): имена или идентификаторы пациентов, номера медицинских карт, даты рождения, названия образцов и библиотек.</translation>
    </message>
    <message>
        <source>Anything in RunParameters.xml that is not on the allow-list (listed under Not sent).</source>
        <translation>Все в RunParameters.xml, чего нет в списке разрешенных (см. «Не отправляется»).</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Пакет данных</translation>
    </message>
    <message>
        <source>Exactly what would leave this PC, byte for byte, and why. Only instrument performance, run performance, instrument configuration and run configuration: never sequencing data, personal data or health data.</source>
        <translation>Точно то, что покинет этот ПК, байт за байтом, и зачем. Только данные о показателях работы прибора, данные об эффективности рабочих процессов, данные о конфигурации прибора и рабочего процесса; никогда — данные секвенирования, персональные или медицинские данные.</translation>
    </message>
    <message>
        <source>Refresh the next payload</source>
        <translation>Обновить следующий пакет</translation>
    </message>
    <message>
        <source>Seal now</source>
        <translation>Запечатать сейчас</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <source>Why it is collected</source>
        <translation>Зачем собирается</translation>
    </message>
    <message>
        <source>Select a field to read what it is and why it is collected.</source>
        <translation>Выберите поле, чтобы узнать, что это и зачем оно собирается.</translation>
    </message>
    <message>
        <source>Found on this PC</source>
        <translation>Найдено на этом ПК</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Почему не отправляется</translation>
    </message>
    <message>
        <source>Select a row to read it in full.</source>
        <translation>Выберите строку, чтобы прочитать ее полностью.</translation>
    </message>
    <message>
        <source>{kind}, not queued</source>
        <translation>{kind}, не в очереди</translation>
    </message>
    <message>
        <source>Draft, not yet sealed: its payload_id and created_at are set when it is sealed; every other byte is what would be sent now. Nothing was queued or sent.</source>
        <translation>Черновик, еще не запечатан: payload_id и created_at задаются при запечатывании; все остальные байты — то, что было бы отправлено сейчас. Ничего не поставлено в очередь и не отправлено.</translation>
    </message>
    <message>
        <source>Listed for the next payload (the draft). What a sealed payload left out was listed when it was sealed; only its bytes are kept.</source>
        <translation>Список для следующего пакета данных (черновика). То, что не вошло в запечатанный пакет, перечислялось при его запечатывании; хранятся только его байты.</translation>
    </message>
    <message>
        <source>What the payload builder refused</source>
        <translation>Что отклонено при формировании пакета данных</translation>
    </message>
    <message>
        <source>Removed from log lines by the privacy gate</source>
        <translation>Удалено из строк журнала фильтром конфиденциальности</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): {source}</source>
        <translation>
            <numerusform>%n значение: {source}</numerusform>
            <numerusform>%n значения: {source}</numerusform>
            <numerusform>%n значений: {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt; = {value}&lt;br&gt;{why}</translation>
    </message>
    <message>
        <source>Never collected</source>
        <translation>Никогда не собирается</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Пакеты данных</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Exact bytes</source>
        <translation>Точные байты</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправляется</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, queued (encrypted) for the upload engine.</source>
        <translation>Пакет {id} запечатан: {size} байт, поставлен в очередь на передачу (зашифрован).</translation>
    </message>
    <message>
        <source>Sending is off: sealed {id} ({size} bytes) on this PC only, to look at or export. It is not queued and will never be sent.</source>
        <translation>Отправка выключена: пакет {id} ({size} байт) запечатан только на этом ПК для просмотра или экспорта. Он не поставлен в очередь и никогда не будет отправлен.</translation>
    </message>
    <message>
        <source>Sealed {id}: {size} bytes, to look at only: it is not queued.</source>
        <translation>Пакет {id} запечатан: {size} байт, только для просмотра: в очередь не поставлен.</translation>
    </message>
    <message>
        <source>Next payload (draft)</source>
        <translation>Следующий пакет данных (черновик)</translation>
    </message>
    <message>
        <source>{size} bytes   SHA-256 {sha}</source>
        <translation>{size} байт   SHA-256 {sha}</translation>
    </message>
    <message>
        <source>No earlier payload to compare with.</source>
        <translation>Нет предыдущего пакета данных для сравнения.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Изменений нет.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt;: {what}&lt;br&gt;&lt;b&gt;Why it is collected:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt;: {what}&lt;br&gt;&lt;b&gt;Зачем собирается:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>Export payload</source>
        <translation>Экспорт пакета данных</translation>
    </message>
    <message>
        <source>Table 1 is the table of the Illumina Proactive data-security sheet named “Benefits of the instrument data collected”: the only data the service collects.</source>
        <translation>«Таблица 1» — таблица из информационного листка Illumina Proactive о безопасности данных под названием «Преимущества сбора данных о работе прибора»: это единственные данные, которые собирает служба.</translation>
    </message>
</context>
<context>
    <name>PayloadSchema</name>
    <message>
        <source>%≥Q30 of the read.</source>
        <translation>%≥Q30 прочтения.</translation>
    </message>
    <message>
        <source>%≥Q30 per cycle.</source>
        <translation>%≥Q30 по циклам.</translation>
    </message>
    <message>
        <source>A code.</source>
        <translation>Код.</translation>
    </message>
    <message>
        <source>A drop at one cycle points at chemistry, fluidics or optics at that moment.</source>
        <translation>Провал на одном цикле указывает на химию, жидкостную систему или оптику в этот момент.</translation>
    </message>
    <message>
        <source>A first-cycle intensity and a within-run decay wear differently.</source>
        <translation>Интенсивность в первом цикле и спад в ходе запуска по-разному отражают износ.</translation>
    </message>
    <message>
        <source>A number, or null when not measured.</source>
        <translation>Число или null, если не измеряется.</translation>
    </message>
    <message>
        <source>A product or component name.</source>
        <translation>Название продукта или компонента.</translation>
    </message>
    <message>
        <source>A random identifier of this payload.</source>
        <translation>Случайный идентификатор этого пакета данных.</translation>
    </message>
    <message>
        <source>A receiver must never take demo data for an instrument&apos;s.</source>
        <translation>Получатель ни в коем случае не должен принять демо-данные за данные прибора.</translation>
    </message>
    <message>
        <source>A serial, lot or part number.</source>
        <translation>Серийный номер, номер партии или каталожный номер.</translation>
    </message>
    <message>
        <source>A setting&apos;s value.</source>
        <translation>Значение параметра.</translation>
    </message>
    <message>
        <source>A trend from few runs is weak evidence.</source>
        <translation>Тренд по небольшому числу запусков малоубедителен.</translation>
    </message>
    <message>
        <source>A version.</source>
        <translation>Версия.</translation>
    </message>
    <message>
        <source>Bases per bin, millions.</source>
        <translation>Оснований в интервале, млн.</translation>
    </message>
    <message>
        <source>Change of the trend line over the recent runs, in percent.</source>
        <translation>Изменение линии тренда за последние запуски, в процентах.</translation>
    </message>
    <message>
        <source>Change per run (Theil–Sen slope).</source>
        <translation>Изменение за один запуск (наклон Theil–Sen).</translation>
    </message>
    <message>
        <source>Chemistry, kit and run-mode settings from RunParameters.xml that are on the allow-list.</source>
        <translation>Параметры химии, набора и режима запуска из RunParameters.xml, внесенные в список разрешенных.</translation>
    </message>
    <message>
        <source>Cluster density, thousands per mm².</source>
        <translation>Плотность кластеров, тыс. на мм².</translation>
    </message>
    <message>
        <source>Consent at sealing time.</source>
        <translation>Согласие на момент запечатывания.</translation>
    </message>
    <message>
        <source>Control software, real-time analysis and component versions.</source>
        <translation>Версии управляющего программного обеспечения, анализа в реальном времени и компонентов.</translation>
    </message>
    <message>
        <source>Cycles in the read.</source>
        <translation>Число циклов в прочтении.</translation>
    </message>
    <message>
        <source>Cycles per read, index reads marked i, e.g. 151+8i+8i+151.</source>
        <translation>Циклы по прочтениям, индексные прочтения помечены i, например 151+8i+8i+151.</translation>
    </message>
    <message>
        <source>Cycles planned for the whole run.</source>
        <translation>Число циклов, запланированных на весь запуск.</translation>
    </message>
    <message>
        <source>Cycles with metrics so far.</source>
        <translation>Число циклов, для которых уже есть показатели.</translation>
    </message>
    <message>
        <source>End of the window.</source>
        <translation>Конец интервала.</translation>
    </message>
    <message>
        <source>Error rate against the PhiX control, in percent.</source>
        <translation>Частота ошибок по контролю PhiX, в процентах.</translation>
    </message>
    <message>
        <source>Error rate of the read, percent.</source>
        <translation>Частота ошибок прочтения, в процентах.</translation>
    </message>
    <message>
        <source>Error rate per cycle.</source>
        <translation>Частота ошибок по циклам.</translation>
    </message>
    <message>
        <source>Expired reagents explain poor runs.</source>
        <translation>Просроченные реагенты объясняют неудачные запуски.</translation>
    </message>
    <message>
        <source>Failure detection at a glance.</source>
        <translation>Выявление отказов с первого взгляда.</translation>
    </message>
    <message>
        <source>Failure detection.</source>
        <translation>Выявление отказов.</translation>
    </message>
    <message>
        <source>Failure detection: runs that stop early.</source>
        <translation>Выявление отказов: запуски, остановленные досрочно.</translation>
    </message>
    <message>
        <source>Faults found in the run folder&apos;s data, with their place on the flow cell (lane, tiles, cycles): e.g. a bubble on two tiles, a lane with few clusters, a focus drift.</source>
        <translation>Неисправности, найденные в данных папки запуска, с их местом на проточной ячейке (дорожка, плитки, циклы): например, пузырек на двух плитках, дорожка с малым числом кластеров, дрейф фокуса.</translation>
    </message>
    <message>
        <source>First and last cycle of the fault.</source>
        <translation>Первый и последний цикл неисправности.</translation>
    </message>
    <message>
        <source>Flow cell, reagent kits and buffers used.</source>
        <translation>Использованные проточная ячейка, наборы реагентов и буферы.</translation>
    </message>
    <message>
        <source>Flow-cell serial (barcode).</source>
        <translation>Серийный номер проточной ячейки (штрихкод).</translation>
    </message>
    <message>
        <source>Free text that passed the privacy gate.</source>
        <translation>Произвольный текст, прошедший фильтр конфиденциальности.</translation>
    </message>
    <message>
        <source>Health state.</source>
        <translation>Состояние.</translation>
    </message>
    <message>
        <source>Highest value.</source>
        <translation>Наибольшее значение.</translation>
    </message>
    <message>
        <source>Hours to the predicted failure, as now estimated.</source>
        <translation>Часы до прогнозируемого отказа по текущей оценке.</translation>
    </message>
    <message>
        <source>Hours until the first channel of the subsystem is predicted to fail, if a drift is seen.</source>
        <translation>Часы до прогнозируемого отказа первого канала подсистемы, если замечен дрейф.</translation>
    </message>
    <message>
        <source>How many bases (millions) fell in each quality-score bin.</source>
        <translation>Сколько оснований (млн) попало в каждый интервал показателей качества.</translation>
    </message>
    <message>
        <source>How many comparable runs have a value.</source>
        <translation>Число сопоставимых запусков, для которых есть значение.</translation>
    </message>
    <message>
        <source>How serious: a warning, a failure, or a signal that stopped arriving.</source>
        <translation>Серьезность: предупреждение, отказ или сигнал, который перестал поступать.</translation>
    </message>
    <message>
        <source>Human-readable context.</source>
        <translation>Пояснение для человека.</translation>
    </message>
    <message>
        <source>Identifies hardware and consumables.</source>
        <translation>Идентифицирует оборудование и расходные материалы.</translation>
    </message>
    <message>
        <source>Identifies the producer of the payload.</source>
        <translation>Идентифицирует источник пакета данных.</translation>
    </message>
    <message>
        <source>Identifies the run across payloads.</source>
        <translation>Идентифицирует запуск в разных пакетах данных.</translation>
    </message>
    <message>
        <source>Illumina Proactive data-security sheet, Table 1: only these four kinds of data are collected.</source>
        <translation>Информационный листок Illumina Proactive о безопасности данных, «Таблица 1. Преимущества сбора данных о работе прибора»: собираются только эти четыре категории данных.</translation>
    </message>
    <message>
        <source>Index reads have their own quality profile.</source>
        <translation>У индексных прочтений свой профиль качества.</translation>
    </message>
    <message>
        <source>Instrument configuration data (Table 1): which instrument, which software.</source>
        <translation>Данные о конфигурации прибора («Таблица 1»): какой прибор, какое программное обеспечение.</translation>
    </message>
    <message>
        <source>Instrument model, e.g. MiSeq or NovaSeq 6000.</source>
        <translation>Модель прибора, например MiSeq или NovaSeq 6000.</translation>
    </message>
    <message>
        <source>Instrument performance data (Table 1): the state of the optical, mechanical, thermal and fluidics subsystems, statistics of their signals, alerts, early warnings and the operational log.</source>
        <translation>Данные о показателях работы прибора («Таблица 1»): состояние оптической, механической, термической и жидкостной подсистем, статистика их сигналов, уведомления, ранние предупреждения и журнал эксплуатации.</translation>
    </message>
    <message>
        <source>Instrument performance.</source>
        <translation>Показатели работы прибора.</translation>
    </message>
    <message>
        <source>Instrument serial number (the instrument ID in the run ID).</source>
        <translation>Серийный номер прибора (идентификатор прибора в идентификаторе запуска).</translation>
    </message>
    <message>
        <source>Its expiry date.</source>
        <translation>Срок годности.</translation>
    </message>
    <message>
        <source>Its lot number.</source>
        <translation>Номер партии.</translation>
    </message>
    <message>
        <source>Its part number.</source>
        <translation>Каталожный номер.</translation>
    </message>
    <message>
        <source>Its serial or barcode.</source>
        <translation>Серийный номер или штрихкод.</translation>
    </message>
    <message>
        <source>Its value.</source>
        <translation>Значение.</translation>
    </message>
    <message>
        <source>Its version.</source>
        <translation>Версия.</translation>
    </message>
    <message>
        <source>Lanes on the flow cell.</source>
        <translation>Число дорожек проточной ячейки.</translation>
    </message>
    <message>
        <source>Lead time of the prediction.</source>
        <translation>Заблаговременность прогноза.</translation>
    </message>
    <message>
        <source>Lets the receiver read payloads from older and newer apps.</source>
        <translation>Позволяет получателю читать пакеты данных от старых и новых версий приложения.</translation>
    </message>
    <message>
        <source>Limits and known issues differ by model.</source>
        <translation>Пределы и известные проблемы зависят от модели.</translation>
    </message>
    <message>
        <source>Lowest value.</source>
        <translation>Наименьшее значение.</translation>
    </message>
    <message>
        <source>Machine-readable names.</source>
        <translation>Машиночитаемые имена.</translation>
    </message>
    <message>
        <source>Mean value.</source>
        <translation>Среднее значение.</translation>
    </message>
    <message>
        <source>Means over all tiles, one value per cycle.</source>
        <translation>Средние по всем плиткам, одно значение на цикл.</translation>
    </message>
    <message>
        <source>Measured samples in the window.</source>
        <translation>Число измерений в интервале.</translation>
    </message>
    <message>
        <source>Names hardware and software.</source>
        <translation>Называет оборудование и программное обеспечение.</translation>
    </message>
    <message>
        <source>Names the consumable.</source>
        <translation>Называет расходный материал.</translation>
    </message>
    <message>
        <source>Names the read.</source>
        <translation>Называет прочтение.</translation>
    </message>
    <message>
        <source>Names the setting.</source>
        <translation>Называет параметр.</translation>
    </message>
    <message>
        <source>Names the signal.</source>
        <translation>Называет сигнал.</translation>
    </message>
    <message>
        <source>Names which part of the instrument the version belongs to.</source>
        <translation>Указывает, к какой части прибора относится версия.</translation>
    </message>
    <message>
        <source>Newest value.</source>
        <translation>Последнее значение.</translation>
    </message>
    <message>
        <source>Not measured is not zero.</source>
        <translation>«Не измеряется» — не то же самое, что ноль.</translation>
    </message>
    <message>
        <source>One state per subsystem.</source>
        <translation>Одно состояние на подсистему.</translation>
    </message>
    <message>
        <source>Operational logs.</source>
        <translation>Журналы эксплуатации.</translation>
    </message>
    <message>
        <source>Orders payloads and places instrument events in time.</source>
        <translation>Упорядочивает пакеты данных и привязывает события прибора ко времени.</translation>
    </message>
    <message>
        <source>Over- or under-loading explains many poor runs.</source>
        <translation>Перегрузка или недогрузка объясняет многие неудачные запуски.</translation>
    </message>
    <message>
        <source>Per read summaries.</source>
        <translation>Сводки по прочтениям.</translation>
    </message>
    <message>
        <source>Places statistics and events in time.</source>
        <translation>Привязывает статистику и события ко времени.</translation>
    </message>
    <message>
        <source>Places the fault in the run.</source>
        <translation>Указывает место неисправности в запуске.</translation>
    </message>
    <message>
        <source>Places the fault.</source>
        <translation>Указывает место неисправности.</translation>
    </message>
    <message>
        <source>Quality scores.</source>
        <translation>Показатели качества.</translation>
    </message>
    <message>
        <source>Quality-score bins.</source>
        <translation>Интервалы показателей качества.</translation>
    </message>
    <message>
        <source>Read number.</source>
        <translation>Номер прочтения.</translation>
    </message>
    <message>
        <source>Reads the time base.</source>
        <translation>Задает единицы шкалы времени.</translation>
    </message>
    <message>
        <source>Reads the values.</source>
        <translation>Позволяет интерпретировать значения.</translation>
    </message>
    <message>
        <source>Records whether the lab had opted in when the data was made; while sending is off no payload is sealed on the cadence.</source>
        <translation>Фиксирует, дала ли лаборатория согласие, когда были получены данные; пока отправка выключена, пакеты данных по расписанию не запечатываются.</translation>
    </message>
    <message>
        <source>Robust trend (Theil-Sen) over the window, per hour.</source>
        <translation>Робастный тренд (Theil-Sen) за интервал, в час.</translation>
    </message>
    <message>
        <source>Run configuration data (Table 1): how the run was set up and with which consumables. Absent when no run folder is known.</source>
        <translation>Данные о конфигурации рабочего процесса («Таблица 1»): как был настроен запуск и с какими расходными материалами. Отсутствуют, если папка запуска неизвестна.</translation>
    </message>
    <message>
        <source>Run parameters.</source>
        <translation>Параметры запуска.</translation>
    </message>
    <message>
        <source>Run parameters; with cycles done, shows where a run stopped.</source>
        <translation>Параметры запуска; вместе с числом выполненных циклов показывает, где остановился запуск.</translation>
    </message>
    <message>
        <source>Run performance by read.</source>
        <translation>Эффективность запуска по прочтениям.</translation>
    </message>
    <message>
        <source>Run performance data (Table 1): quality scores and yield from the InterOp metrics. Summaries only, never base calls or sequences. Absent when no run folder is known.</source>
        <translation>Данные об эффективности рабочих процессов («Таблица 1»): показатели качества и выход по метрикам InterOp. Только сводки, никогда — определения оснований или последовательности. Отсутствуют, если папка запуска неизвестна.</translation>
    </message>
    <message>
        <source>Run performance.</source>
        <translation>Эффективность запуска.</translation>
    </message>
    <message>
        <source>Run performance; needs PhiX, so often absent.</source>
        <translation>Эффективность запуска; требует PhiX, поэтому часто отсутствует.</translation>
    </message>
    <message>
        <source>Runs until the value reaches its service limit at this rate, or null without a forecast.</source>
        <translation>Число запусков, через которое значение при такой динамике достигнет сервисного предела, или null, если прогноза нет.</translation>
    </message>
    <message>
        <source>Sent as the Idempotency-Key, so a payload delivered twice is stored once.</source>
        <translation>Передается как Idempotency-Key, поэтому пакет данных, доставленный дважды, сохраняется один раз.</translation>
    </message>
    <message>
        <source>Service can be scheduled at a convenient time.</source>
        <translation>Обслуживание можно назначить на удобное время.</translation>
    </message>
    <message>
        <source>Share of bases with quality 30 or more.</source>
        <translation>Доля оснований с показателем качества 30 и выше.</translation>
    </message>
    <message>
        <source>Share of clusters passing filter.</source>
        <translation>Доля кластеров, прошедших фильтр.</translation>
    </message>
    <message>
        <source>Shows how much the statistics rest on.</source>
        <translation>Показывает, на скольких измерениях основана статистика.</translation>
    </message>
    <message>
        <source>Shows progress and where a run stopped.</source>
        <translation>Показывает ход запуска и место его остановки.</translation>
    </message>
    <message>
        <source>Signals predicted to cross their failure limit.</source>
        <translation>Сигналы, для которых прогнозируется выход за предел отказа.</translation>
    </message>
    <message>
        <source>Software version.</source>
        <translation>Версия программного обеспечения.</translation>
    </message>
    <message>
        <source>Start of the window.</source>
        <translation>Начало интервала.</translation>
    </message>
    <message>
        <source>Statistics of each measured signal over the window.</source>
        <translation>Статистика каждого измеренного сигнала за интервал.</translation>
    </message>
    <message>
        <source>Table 1: error and warning notifications.</source>
        <translation>«Таблица 1»: уведомления об ошибках и предупреждения.</translation>
    </message>
    <message>
        <source>Table 1: failure detection and error notifications about optical, mechanical and fluidics performance.</source>
        <translation>«Таблица 1»: выявление отказов и уведомления об ошибках в работе оптической, механической и жидкостной систем.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction and failure detection; error and warning notifications about optical, mechanical, thermal and fluidics performance.</source>
        <translation>«Таблица 1»: прогнозирование и выявление отказов; уведомления об ошибках и предупреждения о работе оптической, механической, термической и жидкостной систем.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction, so a part can be replaced before it fails.</source>
        <translation>«Таблица 1»: прогнозирование отказов, чтобы деталь можно было заменить до отказа.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction.</source>
        <translation>«Таблица 1»: прогнозирование отказов.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; a laser or camera that loses intensity run after run, or a focus that drifts week by week, shows only across runs.</source>
        <translation>«Таблица 1»: прогнозирование отказов; лазер или камера, теряющие интенсивность от запуска к запуску, или фокус, дрейфующий от недели к неделе, заметны только при сравнении запусков.</translation>
    </message>
    <message>
        <source>Table 1: failure prediction; service can be planned before the part fails.</source>
        <translation>«Таблица 1»: прогнозирование отказов; обслуживание можно запланировать до отказа детали.</translation>
    </message>
    <message>
        <source>Table 1: flow-cell lot and serial; flow-cell defects show across runs.</source>
        <translation>«Таблица 1»: номер партии и серийный номер проточной ячейки; дефекты проточных ячеек проявляются в разных запусках.</translation>
    </message>
    <message>
        <source>Table 1: instrument operational logs.</source>
        <translation>«Таблица 1»: журналы эксплуатации прибора.</translation>
    </message>
    <message>
        <source>Table 1: instrument performance; trends show wear before it becomes a failure.</source>
        <translation>«Таблица 1»: показатели работы прибора; тренды выявляют износ до того, как он приведет к отказу.</translation>
    </message>
    <message>
        <source>Table 1: instrument serial number; links the data to the service contract and history of this instrument.</source>
        <translation>«Таблица 1»: серийный номер прибора; связывает данные с сервисным договором и историей этого прибора.</translation>
    </message>
    <message>
        <source>Table 1: kit type.</source>
        <translation>«Таблица 1»: тип набора.</translation>
    </message>
    <message>
        <source>Table 1: lot numbers; a bad lot shows across instruments.</source>
        <translation>«Таблица 1»: номера партий; дефектная партия проявляется на разных приборах.</translation>
    </message>
    <message>
        <source>Table 1: optical, mechanical, thermal and fluidics performance.</source>
        <translation>«Таблица 1»: работа оптической, механической, термической и жидкостной систем.</translation>
    </message>
    <message>
        <source>Table 1: quality scores.</source>
        <translation>«Таблица 1»: показатели качества.</translation>
    </message>
    <message>
        <source>Table 1: quality scores; failure detection and troubleshooting.</source>
        <translation>«Таблица 1»: показатели качества; выявление отказов, поиск и устранение проблем.</translation>
    </message>
    <message>
        <source>Table 1: reagent and flow-cell lot numbers.</source>
        <translation>«Таблица 1»: номера партий реагентов и проточных ячеек.</translation>
    </message>
    <message>
        <source>Table 1: run parameters, reagent and flow-cell lot numbers; shows how lots, experiment type and other variables contribute to performance issues.</source>
        <translation>«Таблица 1»: параметры запуска, номера партий реагентов и проточных ячеек; показывает, как номера партий, тип эксперимента и другие переменные характеристики влияют на проблемы в работе прибора.</translation>
    </message>
    <message>
        <source>Table 1: run parameters.</source>
        <translation>«Таблица 1»: параметры запуска.</translation>
    </message>
    <message>
        <source>Table 1: run parameters; experiment type and setup variables.</source>
        <translation>«Таблица 1»: параметры запуска; тип эксперимента и переменные характеристики настройки.</translation>
    </message>
    <message>
        <source>Table 1: software version.</source>
        <translation>«Таблица 1»: версия программного обеспечения.</translation>
    </message>
    <message>
        <source>Table 1: software version; assesses whether a version affects performance.</source>
        <translation>«Таблица 1»: версия программного обеспечения; позволяет определить, влияет ли версия на работу прибора.</translation>
    </message>
    <message>
        <source>Table 1: traces a faulty consumable. Never a library tube&apos;s: the lab records that barcode with the library the tube holds, so it could link to samples; the tube&apos;s lot and part number travel instead.</source>
        <translation>«Таблица 1»: позволяет выявить неисправный расходный материал. Но никогда — штрихкод пробирки с библиотекой: лаборатория записывает его вместе с библиотекой в пробирке, поэтому по нему можно связать данные с образцами; вместо него передаются номер партии и каталожный номер пробирки.</translation>
    </message>
    <message>
        <source>Tells support which questions the payload can answer.</source>
        <translation>Сообщает службе поддержки, на какие вопросы может ответить пакет данных.</translation>
    </message>
    <message>
        <source>The RunParameters.xml field (nested fields joined with dots).</source>
        <translation>Поле RunParameters.xml (вложенные поля соединены точками).</translation>
    </message>
    <message>
        <source>The app&apos;s name.</source>
        <translation>Название приложения.</translation>
    </message>
    <message>
        <source>The app&apos;s version.</source>
        <translation>Версия приложения.</translation>
    </message>
    <message>
        <source>The flow-cell lane, if the fault has one.</source>
        <translation>Дорожка проточной ячейки, если неисправность к ней относится.</translation>
    </message>
    <message>
        <source>The instrument subsystem.</source>
        <translation>Подсистема прибора.</translation>
    </message>
    <message>
        <source>The instrument&apos;s operational log: door opened, checks passed, bubbles detected.</source>
        <translation>Журнал эксплуатации прибора: дверца открыта, проверки пройдены, обнаружены пузырьки.</translation>
    </message>
    <message>
        <source>The instrument&apos;s run ID: date, instrument, run number and flow cell.</source>
        <translation>Идентификатор запуска, присвоенный прибором: дата, прибор, номер запуска и проточная ячейка.</translation>
    </message>
    <message>
        <source>The instrument&apos;s run counter.</source>
        <translation>Счетчик запусков прибора.</translation>
    </message>
    <message>
        <source>The log line (privacy-gated text).</source>
        <translation>Строка журнала (текст, прошедший фильтр конфиденциальности).</translation>
    </message>
    <message>
        <source>The reads of the run.</source>
        <translation>Прочтения запуска.</translation>
    </message>
    <message>
        <source>The same in days, from the usual time between runs.</source>
        <translation>То же в днях, исходя из обычного интервала между запусками.</translation>
    </message>
    <message>
        <source>The signal the fault shows in.</source>
        <translation>Сигнал, в котором проявляется неисправность.</translation>
    </message>
    <message>
        <source>The signal, e.g. laser_red_power.</source>
        <translation>Сигнал, например laser_red_power.</translation>
    </message>
    <message>
        <source>The signal.</source>
        <translation>Сигнал.</translation>
    </message>
    <message>
        <source>The software or firmware component.</source>
        <translation>Компонент программного обеспечения или микропрограммы.</translation>
    </message>
    <message>
        <source>The software that built the payload.</source>
        <translation>Программа, сформировавшая пакет данных.</translation>
    </message>
    <message>
        <source>The state of &quot;Send Instrument Performance Data&quot; when the payload was sealed.</source>
        <translation>Состояние параметра «Отправлять данные о показателях работы прибора» на момент запечатывания пакета данных.</translation>
    </message>
    <message>
        <source>The stretch the statistics cover: seconds since the source started (demo), or cycles of the run (run folder; see axis).</source>
        <translation>Интервал, охватываемый статистикой: секунды с момента запуска источника (демо) или циклы запуска (папка запуска; см. axis).</translation>
    </message>
    <message>
        <source>The subsystem of the signal.</source>
        <translation>Подсистема сигнала.</translation>
    </message>
    <message>
        <source>Tile numbers, if the fault is on some tiles.</source>
        <translation>Номера плиток, если неисправность затрагивает отдельные плитки.</translation>
    </message>
    <message>
        <source>Time base.</source>
        <translation>Шкала времени.</translation>
    </message>
    <message>
        <source>Trends across this instrument&apos;s recent runs of the same model, chemistry and kit, from this PC&apos;s run history: one per signal and measure.</source>
        <translation>Тренды по последним запускам этого прибора с той же моделью, химией и набором, из истории запусков на этом ПК: по одному на сигнал и величину.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis across app versions.</source>
        <translation>Поиск и устранение проблем с учетом версий приложения.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: a fault may be in the app, not the instrument.</source>
        <translation>Поиск и устранение проблем: неисправность может быть в приложении, а не в приборе.</translation>
    </message>
    <message>
        <source>Troubleshooting analysis: whether the software version, the instrument type or other hardware variables affect performance.</source>
        <translation>Поиск и устранение проблем: влияет ли версия программного обеспечения, тип прибора или другие переменные характеристики оборудования на работу прибора.</translation>
    </message>
    <message>
        <source>Unit of the values.</source>
        <translation>Единица измерения значений.</translation>
    </message>
    <message>
        <source>Version of this schema.</source>
        <translation>Версия этой схемы.</translation>
    </message>
    <message>
        <source>Warnings and failures with their start and end.</source>
        <translation>Предупреждения и отказы с их началом и концом.</translation>
    </message>
    <message>
        <source>Wear and maintenance intervals depend on the number of runs.</source>
        <translation>Износ и интервалы обслуживания зависят от числа запусков.</translation>
    </message>
    <message>
        <source>What happened, as a code.</source>
        <translation>Что произошло, в виде кода.</translation>
    </message>
    <message>
        <source>What leaves the instrument PC when &quot;Send Instrument Performance Data&quot; is on: instrument performance, run performance, instrument configuration and run configuration. Never sequencing data, personal data or health data.</source>
        <translation>Что покидает ПК прибора, когда включен параметр «Отправлять данные о показателях работы прибора»: данные о показателях работы прибора, данные об эффективности рабочих процессов, данные о конфигурации прибора и данные о конфигурации рабочего процесса. Никогда — данные секвенирования, персональные или медицинские данные.</translation>
    </message>
    <message>
        <source>What was measured against which limit (privacy-gated text).</source>
        <translation>Что и с каким пределом сравнивалось (текст, прошедший фильтр конфиденциальности).</translation>
    </message>
    <message>
        <source>When it ended; null while it lasts.</source>
        <translation>Когда закончилось; null, пока продолжается.</translation>
    </message>
    <message>
        <source>When it happened.</source>
        <translation>Когда произошло.</translation>
    </message>
    <message>
        <source>When it started.</source>
        <translation>Когда началось.</translation>
    </message>
    <message>
        <source>When the payload was sealed (UTC).</source>
        <translation>Когда пакет данных был запечатан (UTC).</translation>
    </message>
    <message>
        <source>When the prediction was first made.</source>
        <translation>Когда прогноз был сделан впервые.</translation>
    </message>
    <message>
        <source>Where the instrument data comes from: the instrument&apos;s run folder, or the app&apos;s built-in demo simulator (not a real instrument).</source>
        <translation>Откуда поступают данные прибора: из папки запуска прибора или от встроенного демо-симулятора приложения (не реальный прибор).</translation>
    </message>
    <message>
        <source>Whether sending was on.</source>
        <translation>Была ли включена отправка.</translation>
    </message>
    <message>
        <source>Whether start_s/end_s are seconds (time) or cycle numbers (cycle).</source>
        <translation>Что означают start_s/end_s: секунды (time) или номера циклов (cycle).</translation>
    </message>
    <message>
        <source>Whether the run is going, finished or stopped early.</source>
        <translation>Выполняется ли запуск, завершен или остановлен досрочно.</translation>
    </message>
    <message>
        <source>Whether this is an index read (its sequence is never sent).</source>
        <translation>Является ли прочтение индексным (его последовательность никогда не отправляется).</translation>
    </message>
    <message>
        <source>Whether this is an index read.</source>
        <translation>Является ли прочтение индексным.</translation>
    </message>
    <message>
        <source>Which consumable.</source>
        <translation>Какой расходный материал.</translation>
    </message>
    <message>
        <source>Which part of the instrument the trend is about.</source>
        <translation>Указывает, к какой части прибора относится тренд.</translation>
    </message>
    <message>
        <source>Which value of each run: its first cycle, its median, or its decay per 100 cycles.</source>
        <translation>Какое значение каждого запуска: в первом цикле, медиана или спад на 100 циклов.</translation>
    </message>
    <message>
        <source>Why the payload was made: a run started (configuration), a periodic health report during a run, a run ended (performance summary), or the user chose Seal now.</source>
        <translation>Почему создан пакет данных: начался запуск (конфигурация), периодический отчет о состоянии во время запуска, запуск завершился (сводка эффективности) или пользователь выбрал «Запечатать сейчас».</translation>
    </message>
    <message>
        <source>Yield expected at the end of the run.</source>
        <translation>Ожидаемый выход к концу запуска.</translation>
    </message>
    <message>
        <source>Yield of the read, gigabases.</source>
        <translation>Выход прочтения, гигабазы.</translation>
    </message>
    <message>
        <source>Yield so far, in gigabases.</source>
        <translation>Выход на данный момент, в гигабазах.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Pre-run checks</source>
        <translation>Проверки перед запуском</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Химия</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Получение изображений</translation>
    </message>
    <message>
        <source>Post-run wash</source>
        <translation>Промывка после запуска</translation>
    </message>
    <message>
        <source>Run complete</source>
        <translation>Запуск завершен</translation>
    </message>
</context>
<context>
    <name>QScoreHistogram</name>
    <message>
        <source>Q score</source>
        <translation>Показатель Q</translation>
    </message>
    <message>
        <source>Bases</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Bases (billions)</source>
        <translation>Основания (млрд)</translation>
    </message>
    <message>
        <source>Bases (millions)</source>
        <translation>Основания (млн)</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Service due soon: {why}</source>
        <translation>Скоро обслуживание: {why}</translation>
    </message>
    <message>
        <source>No instrument data yet</source>
        <translation>Данных прибора пока нет</translation>
    </message>
    <message>
        <source>{name}: failure</source>
        <translation>{name}: отказ</translation>
    </message>
    <message>
        <source>{name}: warning</source>
        <translation>{name}: предупреждение</translation>
    </message>
    <message>
        <source>{name}: readings stopped arriving</source>
        <translation>{name}: показания перестали поступать</translation>
    </message>
    <message>
        <source>{name}: no readings yet</source>
        <translation>{name}: показаний пока нет</translation>
    </message>
    <message>
        <source>The network check failed: data cannot be sent</source>
        <translation>Сетевая проверка не пройдена: данные не могут быть отправлены</translation>
    </message>
    <message>
        <source>Run the network checks (none in the last 24 hours)</source>
        <translation>Выполните сетевые проверки (за последние 24 часа не выполнялись)</translation>
    </message>
    <message>
        <source>The network check has warnings</source>
        <translation>Сетевая проверка выдала предупреждения</translation>
    </message>
    <message>
        <source>Uploads are waiting: {why}</source>
        <translation>Передача ожидает: {why}</translation>
    </message>
    <message>
        <source>{n} payload(s) set aside on the Uploads page</source>
        <translation>Отложено пакетов данных: {n} (страница «Передача»)</translation>
    </message>
    <message>
        <source>The last run stopped early</source>
        <translation>Последний запуск остановлен досрочно</translation>
    </message>
    <message>
        <source>The run has written no new cycle for over 2 hours</source>
        <translation>Запуск более 2 часов не записывал новых циклов</translation>
    </message>
    <message>
        <source>{consumable} had expired when the run started ({date})</source>
        <translation>{consumable}: срок годности истек к началу запуска ({date})</translation>
    </message>
    <message>
        <source>{consumable} has expired ({date})</source>
        <translation>{consumable}: срок годности истек ({date})</translation>
    </message>
    <message>
        <source>{consumable} expires on {date}, within 7 days</source>
        <translation>{consumable}: срок годности истекает {date}, в течение 7 дней</translation>
    </message>
    <message>
        <source>{consumable}: {remaining} cycles left, the run needs {needed}</source>
        <translation>{consumable}: осталось циклов — {remaining}, для запуска нужно {needed}</translation>
    </message>
    <message>
        <source>The last post-run wash was missed: run a maintenance wash first</source>
        <translation>Последняя промывка после запуска пропущена: сначала выполните профилактическую промывку</translation>
    </message>
    <message>
        <source>Only {free_gb} GB free on the output volume: the run needs at least {needed_gb} GB</source>
        <translation>Свободно лишь {free_gb} ГБ на томе выходных данных: для запуска нужно не менее {needed_gb} ГБ</translation>
    </message>
</context>
<context>
    <name>RunProblem</name>
    <message>
        <source>RunParameters.xml: the file is missing; versions and consumables are unknown</source>
        <translation>RunParameters.xml: файл отсутствует; версии и расходные материалы неизвестны</translation>
    </message>
    <message>
        <source>InterOp: the folder is missing; no run metrics yet</source>
        <translation>InterOp: папка отсутствует; показателей запуска пока нет</translation>
    </message>
    <message>
        <source>InterOp/{name} is not a regular file ({kind}), so InterOp was not read</source>
        <translation>InterOp/{name} не является обычным файлом ({kind}), поэтому InterOp не прочитан</translation>
    </message>
    <message>
        <source>{file} is empty, so nothing in it can be read</source>
        <translation>{file} пуст, поэтому прочитать из него ничего нельзя</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends inside its header, so nothing in it can be read</source>
        <translation>{file} поврежден: он обрывается внутри заголовка, поэтому прочитать из него ничего нельзя</translation>
    </message>
    <message>
        <source>{file} holds no records, only its header</source>
        <translation>{file} не содержит записей, только заголовок</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record (the last has {got} of its {expected} bytes), so the figures from it come only from the records before that one</source>
        <translation>{file} поврежден: он обрывается посреди записи (в последней {got} из {expected} байт), поэтому его значения взяты только из предшествующих записей</translation>
    </message>
    <message>
        <source>{file} is damaged: it ends in the middle of a record, so the figures from it come only from the records before that one</source>
        <translation>{file} поврежден: он обрывается посреди записи, поэтому его значения взяты только из предшествующих записей</translation>
    </message>
</context>
<context>
    <name>RunQualityPage</name>
    <message>
        <source>Run quality</source>
        <translation>Качество запуска</translation>
    </message>
    <message>
        <source>How the current run is going, read from the instrument&apos;s run folder. Works without a network.</source>
        <translation>Ход текущего запуска по данным из папки запуска прибора. Работает без сети.</translation>
    </message>
    <message>
        <source>No run folder</source>
        <translation>Нет папки запуска</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>Нет запуска</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>By cycle</source>
        <translation>По циклам</translation>
    </message>
    <message>
        <source>Q-score histogram</source>
        <translation>Гистограмма показателей Q</translation>
    </message>
    <message>
        <source>Flow cell</source>
        <translation>Проточная ячейка</translation>
    </message>
    <message>
        <source>Run parameters</source>
        <translation>Параметры запуска</translation>
    </message>
    <message>
        <source>Open a run folder with: proactive-gui --run-folder DIR, or set the folder where the instrument writes its runs: proactive-gui config set run_folder_root DIR</source>
        <translation>Откройте папку запуска: proactive-gui --run-folder DIR или задайте папку, в которую прибор записывает запуски: proactive-gui config set run_folder_root DIR</translation>
    </message>
    <message>
        <source>Loading {folder}…</source>
        <translation>Загрузка {folder}…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочтение</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Циклы</translation>
    </message>
    <message>
        <source>Yield (Gb)</source>
        <translation>Выход (Gb)</translation>
    </message>
    <message>
        <source>% ≥ Q30</source>
        <translation>% ≥ Q30</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Частота ошибок (%)</translation>
    </message>
    <message>
        <source>Aligned (%)</source>
        <translation>Выровнено (%)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Плитки</translation>
    </message>
    <message>
        <source>Density k/mm²</source>
        <translation>Плотность, тыс./мм²</translation>
    </message>
    <message>
        <source>% PF</source>
        <translation>% PF</translation>
    </message>
    <message>
        <source>Reads PF (M)</source>
        <translation>Прочтения PF (млн)</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>Расходный материал</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Кат. номер</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Годен до</translation>
    </message>
    <message>
        <source>Per read</source>
        <translation>По прочтениям</translation>
    </message>
    <message>
        <source>Per lane</source>
        <translation>По дорожкам</translation>
    </message>
    <message>
        <source>Consumables</source>
        <translation>Расходные материалы</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Отправляется как</translation>
    </message>
    <message>
        <source>Why it is not sent</source>
        <translation>Почему не отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Values of this run folder that a payload carries (versions, serials, lots, read structure), and as which fields.</source>
        <translation>Значения из этой папки запуска, которые входят в пакет данных (версии, серийные номера, партии, структура прочтений), и в виде каких полей.</translation>
    </message>
    <message>
        <source>Names, paths, computer names, cloud ids and any field the allow-list does not name: never in a payload.</source>
        <translation>Имена, пути, имена компьютеров, облачные идентификаторы и любые поля, которых нет в списке разрешенных: никогда не входят в пакет данных.</translation>
    </message>
    <message>
        <source>Stays on this PC</source>
        <translation>Остается на этом ПК</translation>
    </message>
    <message>
        <source>The run folder could not be read.</source>
        <translation>Не удалось прочитать папку запуска.</translation>
    </message>
    <message>
        <source>Running — cycle {done} of {planned}</source>
        <translation>Выполняется — цикл {done} из {planned}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>Stopped: {status}</source>
        <translation>Остановлен: {status}</translation>
    </message>
    <message>
        <source>Flow cell {flowcell} · reads {reads} · {lanes} lane(s) · {software} · folder {folder}</source>
        <translation>Проточная ячейка {flowcell} · прочтения {reads} · дорожек: {lanes} · {software} · папка {folder}</translation>
    </message>
    <message>
        <source>The instrument may still be writing; trying again shortly.</source>
        <translation>Прибор, возможно, еще записывает данные; скоро будет повторная попытка.</translation>
    </message>
    <message>
        <source>No InterOp metrics could be read (see above).</source>
        <translation>Не удалось прочитать показатели InterOp (см. выше).</translation>
    </message>
    <message>
        <source>Yield {y} (projected {p})   ·   % ≥ Q30 {q}   ·   error rate {e}   ·   density {d}   ·   % PF {pf}   ·   cycles {c} of {t}</source>
        <translation>Выход {y} (прогноз {p})   ·   % ≥ Q30 {q}   ·   частота ошибок {e}   ·   плотность {d}   ·   % PF {pf}   ·   циклы {c} из {t}</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Healthy</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Every subsystem within its limits.</source>
        <translation>Все подсистемы в пределах допусков.</translation>
    </message>
    <message>
        <source>Reagent chiller drift</source>
        <translation>Дрейф охладителя реагентов</translation>
    </message>
    <message>
        <source>The reagent chiller warms by 0.5 °C per hour.</source>
        <translation>Охладитель реагентов нагревается на 0,5 °C в час.</translation>
    </message>
    <message>
        <source>Flow-cell heater failure</source>
        <translation>Отказ нагревателя проточной ячейки</translation>
    </message>
    <message>
        <source>The flow-cell heater loses power and misses its setpoint.</source>
        <translation>Нагреватель проточной ячейки теряет мощность и не выходит на уставку.</translation>
    </message>
    <message>
        <source>Laser decay</source>
        <translation>Деградация лазера</translation>
    </message>
    <message>
        <source>The red laser loses 1.5 % of its power per hour.</source>
        <translation>Красный лазер теряет 1,5 % мощности в час.</translation>
    </message>
    <message>
        <source>Focus drift</source>
        <translation>Дрейф фокуса</translation>
    </message>
    <message>
        <source>Images blur: FWHM grows by 0.08 px per hour.</source>
        <translation>Изображения размываются: FWHM растет на 0,08 px в час.</translation>
    </message>
    <message>
        <source>Fluidics clog</source>
        <translation>Засор жидкостной системы</translation>
    </message>
    <message>
        <source>A partial clog: pump pressure rises and flow falls.</source>
        <translation>Частичный засор: давление насоса растет, расход падает.</translation>
    </message>
    <message>
        <source>Leak with bubbles</source>
        <translation>Утечка с пузырьками</translation>
    </message>
    <message>
        <source>Air enters the fluidics: bubble detections grow.</source>
        <translation>В жидкостную систему попадает воздух: число обнаруженных пузырьков растет.</translation>
    </message>
    <message>
        <source>Stage following error</source>
        <translation>Ошибка рассогласования столика</translation>
    </message>
    <message>
        <source>A worn stage bearing: X following error grows.</source>
        <translation>Изношенный подшипник столика: растет ошибка рассогласования по X.</translation>
    </message>
    <message>
        <source>Sensor dropout</source>
        <translation>Пропадание датчиков</translation>
    </message>
    <message>
        <source>The thermal sensors stop reporting.</source>
        <translation>Датчики температуры перестают передавать показания.</translation>
    </message>
    <message>
        <source>Noise bursts</source>
        <translation>Всплески помех</translation>
    </message>
    <message>
        <source>Short bursts of electrical noise, no real fault.</source>
        <translation>Короткие всплески электрических помех, реальной неисправности нет.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>In the OS keyring.</source>
        <translation>В хранилище ключей ОС.</translation>
    </message>
    <message>
        <source>In a file, not the OS keyring: {path} (the keyring in use, {backend}, keeps secrets there).</source>
        <translation>В файле, а не в хранилище ключей ОС: {path} (используемое хранилище ключей, {backend}, хранит секреты там).</translation>
    </message>
    <message>
        <source>Not in the OS keyring: the keyring in use, {backend}, keeps secrets outside it.</source>
        <translation>Не в хранилище ключей ОС: используемое хранилище ключей, {backend}, хранит секреты вне его.</translation>
    </message>
    <message>
        <source>In a file readable only by this user, not the OS keyring: {path}</source>
        <translation>В файле, доступном для чтения только этому пользователю, а не в хранилище ключей ОС: {path}</translation>
    </message>
    <message>
        <source>no OS keyring is available to keep secrets in; install or unlock one (Windows Credential Manager, macOS Keychain, or Secret Service on Linux), or keep them in a file only you can read: proactive-gui config set {setting} file</source>
        <translation>нет доступного хранилища ключей ОС для секретов; установите или разблокируйте его (Windows Credential Manager, macOS Keychain или Secret Service в Linux) либо храните секреты в файле, доступном для чтения только вам: proactive-gui config set {setting} file</translation>
    </message>
    <message>
        <source>the secrets file {path} cannot be read or written ({why}); check its permissions</source>
        <translation>не удается прочитать или записать файл секретов {path} ({why}); проверьте права доступа к нему</translation>
    </message>
    <message>
        <source>the secrets file {path} is damaged; delete it and store the secrets again: proactive-gui config set-secret token</source>
        <translation>файл секретов {path} поврежден; удалите его и сохраните секреты заново: proactive-gui config set-secret token</translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <source>Sent history</source>
        <translation>История отправок</translation>
    </message>
    <message>
        <source>Every payload this PC has sent: when, what, to which receiver, its size and SHA-256, and its bytes exactly as sent for as long as the settings keep them.</source>
        <translation>Все пакеты данных, отправленные с этого ПК: когда, что, какому получателю, размер и SHA-256, а также байты точно в отправленном виде — на срок хранения, заданный в настройках.</translation>
    </message>
    <message>
        <source>Search every column: run, instrument, SHA-256, summary…</source>
        <translation>Поиск по всем столбцам: запуск, прибор, SHA-256, сводка…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Sent between</source>
        <translation>Отправлены с</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>С этого дня</translation>
    </message>
    <message>
        <source>To this day (included)</source>
        <translation>По этот день (включительно)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Экспорт JSON…</translation>
    </message>
    <message>
        <source>Payloads sent</source>
        <translation>Отправленные пакеты данных</translation>
    </message>
    <message>
        <source>The payload selected</source>
        <translation>Выбранный пакет данных</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the payload</source>
        <translation>SHA-256 пакета данных</translation>
    </message>
    <message>
        <source>The bytes as sent</source>
        <translation>Байты в отправленном виде</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) sent; {shown} shown.</source>
        <translation>
            <numerusform>Отправлен %n пакет данных; показано: {shown}.</numerusform>
            <numerusform>Отправлено %n пакета данных; показано: {shown}.</numerusform>
            <numerusform>Отправлено %n пакетов данных; показано: {shown}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payload to see its bytes as they were sent.</source>
        <translation>Выберите пакет данных, чтобы увидеть его байты в отправленном виде.</translation>
    </message>
    <message>
        <source>Payload {id} ({kind}), {size} bytes, delivered at {time} to {where}.</source>
        <translation>Пакет данных {id} ({kind}), {size} байт, доставлен {time}, получатель: {where}.</translation>
    </message>
    <message>
        <source>a receiver not recorded</source>
        <translation>не записан</translation>
    </message>
    <message>
        <source>(sent before summaries were recorded)</source>
        <translation>(отправлен до того, как стали записываться сводки)</translation>
    </message>
    <message>
        <source>Its bytes are kept, but cannot be read without the spool key.</source>
        <translation>Его байты хранятся, но без ключа очереди их невозможно прочитать.</translation>
    </message>
    <message>
        <source>Its kept bytes cannot be shown: {why}.</source>
        <translation>Сохраненные байты невозможно показать: {why}.</translation>
    </message>
    <message>
        <source>Below are its bytes exactly as they were sent.</source>
        <translation>Ниже — его байты точно в том виде, в каком они были отправлены.</translation>
    </message>
    <message>
        <source>Its bytes are not kept: the settings keep only the list.</source>
        <translation>Его байты не хранятся: согласно настройкам хранится только список.</translation>
    </message>
    <message numerus="yes">
        <source>Its bytes are no longer kept (retention %n day(s)).</source>
        <translation>
            <numerusform>Его байты больше не хранятся (срок хранения %n день).</numerusform>
            <numerusform>Его байты больше не хранятся (срок хранения %n дня).</numerusform>
            <numerusform>Его байты больше не хранятся (срок хранения %n дней).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent history</source>
        <translation>Экспорт истории отправок</translation>
    </message>
    <message>
        <source>Sent history exported</source>
        <translation>История отправок экспортирована</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}.</source>
        <translation>
            <numerusform>%n пакет данных записан в {path}.</numerusform>
            <numerusform>%n пакета данных записаны в {path}.</numerusform>
            <numerusform>%n пакетов данных записаны в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Прибор</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} Б</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>HTTPS address of the receiver that payloads are sent to (empty: not configured).</source>
        <translation>HTTPS-адрес получателя, которому отправляются пакеты данных (пусто: не настроено).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust besides the OS store, e.g. an inspecting proxy&apos;s CA.</source>
        <translation>Дополнительные сертификаты ЦС (файл PEM), которым следует доверять помимо хранилища ОС, например ЦС инспектирующего прокси.</translation>
    </message>
    <message>
        <source>&apos;system&apos; (environment/OS settings), &apos;none&apos;, &apos;auto&apos; (the OS&apos;s PAC file, or WPAD), &apos;pac:URL&apos; (a PAC file), or a proxy URL with a port; its password goes in the keyring (set-secret proxy_password).</source>
        <translation>&apos;system&apos; (переменные среды/настройки ОС), &apos;none&apos;, &apos;auto&apos; (PAC-файл ОС или WPAD), &apos;pac:URL&apos; (PAC-файл) или URL прокси с портом; его пароль хранится в хранилище ключей (set-secret proxy_password).</translation>
    </message>
    <message>
        <source>Folder where the instrument writes run folders; each new run there is picked up.</source>
        <translation>Папка, в которую прибор записывает папки запусков; каждый новый запуск в ней подхватывается.</translation>
    </message>
    <message>
        <source>Minutes between health payloads during a run (5 to 1440); payloads are also sealed when a run starts and when it ends.</source>
        <translation>Минуты между пакетами данных о состоянии во время запуска (от 5 до 1440); пакеты также запечатываются в начале и в конце запуска.</translation>
    </message>
    <message>
        <source>Where the spool&apos;s encryption key lives: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a key file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>Где хранится ключ шифрования очереди: &apos;keyring&apos; (хранилище ключей ОС) или &apos;file&apos; (файл ключа, доступный для чтения только вам, для ПК без хранилища ключей; отмечается как предупреждение).</translation>
    </message>
    <message>
        <source>Where the instrument token and the proxy password live: &apos;keyring&apos; (the OS keyring), or &apos;file&apos; (a file readable only by you, for PCs without a keyring; reported as a warning).</source>
        <translation>Где хранятся токен прибора и пароль прокси: &apos;keyring&apos; (хранилище ключей ОС) или &apos;file&apos; (файл, доступный для чтения только вам, для ПК без хранилища ключей; отмечается как предупреждение).</translation>
    </message>
    <message>
        <source>Largest size of the queue of unsent payloads; beyond it the oldest are dropped (and counted on the Uploads page).</source>
        <translation>Максимальный размер очереди неотправленных пакетов данных; при превышении самые старые удаляются (и учитываются на странице «Передача»).</translation>
    </message>
    <message>
        <source>Unsent payloads older than this are dropped (and counted on the Uploads page).</source>
        <translation>Неотправленные пакеты данных старше этого срока удаляются (и учитываются на странице «Передача»).</translation>
    </message>
    <message>
        <source>Days the bytes of each delivered payload are kept, encrypted, for the sent history (0: keep only the list); the list of what was sent is kept for good.</source>
        <translation>Сколько дней байты каждого доставленного пакета данных хранятся в зашифрованном виде для истории отправок (0: хранить только список); список отправленного хранится бессрочно.</translation>
    </message>
    <message>
        <source>Language of the window: &apos;system&apos; (the PC&apos;s language when a translation exists, else English), or one of en, de, fr, it, ru, zh; applies when the app next starts.</source>
        <translation>Язык окна: &apos;system&apos; (язык ПК, если для него есть перевод, иначе английский) или одно из значений en, de, fr, it, ru, zh; применяется после перезапуска приложения.</translation>
    </message>
    <message>
        <source>Colours of the window: &apos;system&apos; (follow the PC&apos;s light or dark mode), &apos;light&apos; or &apos;dark&apos;.</source>
        <translation>Цвета окна: &apos;system&apos; (как светлый или темный режим ПК), &apos;light&apos; (светлая) или &apos;dark&apos; (темная).</translation>
    </message>
    <message>
        <source>Closing the window keeps the app running in the system tray (monitoring and uploads go on); without a tray, closing quits.</source>
        <translation>При закрытии окна приложение продолжает работать в области уведомлений (мониторинг и передача продолжаются); без области уведомлений закрытие завершает работу.</translation>
    </message>
    <message>
        <source>Name of the service shown in the opt-in: Send Instrument Performance Data to …</source>
        <translation>Название службы в согласии: Отправлять данные о показателях работы прибора в компанию …</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data. Off by default; nothing leaves the PC while off.</source>
        <translation>Отправлять данные о показателях работы прибора. По умолчанию выключено; пока выключено, ничто не покидает ПК.</translation>
    </message>
</context>
<context>
    <name>SettingError</name>
    <message>
        <source>expected on or off (true/false), got {raw!r}</source>
        <translation>ожидается вкл. или выкл. (true/false), получено {raw!r}</translation>
    </message>
    <message>
        <source>the endpoint must start with https:// (got {scheme} scheme); data only ever leaves over TLS</source>
        <translation>адрес должен начинаться с https:// (получена схема {scheme}); данные покидают ПК только по TLS</translation>
    </message>
    <message>
        <source>the endpoint has no host name, e.g. https://proactive.example.com</source>
        <translation>в адресе нет имени хоста, например https://proactive.example.com</translation>
    </message>
    <message>
        <source>the endpoint must not contain a user name or password; set the instrument token with: proactive-gui config set-secret token</source>
        <translation>адрес не должен содержать имя пользователя или пароль; задайте токен прибора командой: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>proxy must be &apos;system&apos;, &apos;none&apos; or a URL such as http://proxy.example:3128 (or auto, or pac:URL for a PAC file), got {raw!r}</source>
        <translation>прокси должен быть &apos;system&apos;, &apos;none&apos; или URL, например http://proxy.example:3128 (либо auto или pac:URL для PAC-файла), получено {raw!r}</translation>
    </message>
    <message>
        <source>the proxy password does not go in the URL; store it with: proactive-gui config set-secret proxy_password</source>
        <translation>пароль прокси не указывается в URL; сохраните его командой: proactive-gui config set-secret proxy_password</translation>
    </message>
    <message>
        <source>the proxy port is not a number between 1 and 65535: {raw!r}</source>
        <translation>порт прокси — не число от 1 до 65535: {raw!r}</translation>
    </message>
    <message>
        <source>the proxy URL needs a port, e.g. {example}</source>
        <translation>в URL прокси нужен порт, например {example}</translation>
    </message>
    <message>
        <source>a PAC file is given as pac:URL, e.g. pac:http://wpad.example/proxy.pac, got {url!r}</source>
        <translation>PAC-файл указывается как pac:URL, например pac:http://wpad.example/proxy.pac, получено {url!r}</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>файл не найден: {path}</translation>
    </message>
    <message>
        <source>not a regular file (a folder, device or pipe): {path}</source>
        <translation>не обычный файл (папка, устройство или канал): {path}</translation>
    </message>
    <message>
        <source>too large for a CA bundle ({size} bytes): {path}</source>
        <translation>слишком велик для набора сертификатов ЦС ({size} байт): {path}</translation>
    </message>
    <message>
        <source>cannot be read ({why}): {path}</source>
        <translation>не удается прочитать ({why}): {path}</translation>
    </message>
    <message>
        <source>{path} is a binary (DER) certificate; the app needs it as PEM text: export it from Windows as &apos;Base-64 encoded X.509 (.CER)&apos;, or convert it with: openssl x509 -inform der -in FILE.cer -out FILE.pem</source>
        <translation>{path} — двоичный сертификат (DER); приложению нужен текст PEM: экспортируйте его в Windows как «X.509 в кодировке Base-64 (.CER)» или преобразуйте командой: openssl x509 -inform der -in FILE.cer -out FILE.pem</translation>
    </message>
    <message>
        <source>no PEM certificate (-----BEGIN CERTIFICATE-----) in {path}</source>
        <translation>нет сертификата PEM (-----BEGIN CERTIFICATE-----) в {path}</translation>
    </message>
    <message>
        <source>no such folder: {path}</source>
        <translation>папка не найдена: {path}</translation>
    </message>
    <message>
        <source>not a whole number of {unit}: {raw!r}</source>
        <translation>не целое число ({unit}): {raw!r}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} {unit}: {number}</source>
        <translation>должно быть от {low} до {high} ({unit}): {number}</translation>
    </message>
    <message>
        <source>must be one of {choices}: {raw!r}</source>
        <translation>должно быть одним из значений {choices}: {raw!r}</translation>
    </message>
    <message>
        <source>the service name must be 1 to 40 printable characters</source>
        <translation>имя службы должно содержать от 1 до 40 печатаемых символов</translation>
    </message>
    <message>
        <source>must be &apos;system&apos; or one of {choices}: {raw!r}</source>
        <translation>должно быть &apos;system&apos; или одним из значений {choices}: {raw!r}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation>мегабайты</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>(Takes effect when the app next starts.)</source>
        <translation>(Применяется после перезапуска приложения.)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Will be removed from the keyring when you Apply.</source>
        <translation>Будет удален из хранилища ключей после нажатия «Применить».</translation>
    </message>
    <message>
        <source>Stored, never shown. {where} Type a new one to replace it.</source>
        <translation>Сохранено, никогда не отображается. {where} Чтобы заменить, введите новое значение.</translation>
    </message>
    <message>
        <source>Not set. Type it here; it will be kept here: {where}</source>
        <translation>Не задано. Введите значение здесь; место хранения: {where}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Change a setting, then Apply. Secrets are never shown again, and each says where it is kept. Settings locked by your IT department show why.</source>
        <translation>Измените параметр и нажмите «Применить». Секреты больше никогда не отображаются, и для каждого указано, где он хранится. У параметров, заблокированных ИТ-отделом вашей организации, указана причина.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Put back the values from before the last Apply</source>
        <translation>Вернуть значения, действовавшие до последнего применения</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Forget the changes not applied yet</source>
        <translation>Отменить еще не примененные изменения</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data</source>
        <translation>Отправлять данные о показателях работы прибора</translation>
    </message>
    <message>
        <source>Change on the Overview</source>
        <translation>Изменить на странице «Обзор»</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Адрес получателя</translation>
    </message>
    <message>
        <source>Instrument token</source>
        <translation>Токен прибора</translation>
    </message>
    <message>
        <source>Sent as the bearer credential to the receiver</source>
        <translation>Передается получателю как учетные данные Bearer</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Использовать системные настройки прокси</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Этот прокси:</translation>
    </message>
    <message>
        <source>http://user@proxy.example:3128</source>
        <translation>http://user@proxy.example:3128</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Пароль прокси</translation>
    </message>
    <message>
        <source>For the user named in the proxy address</source>
        <translation>Для пользователя, указанного в адресе прокси</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Дополнительные сертификаты ЦС</translation>
    </message>
    <message>
        <source>(none: the operating system&apos;s trust store only)</source>
        <translation>(нет: только хранилище сертификатов ОС)</translation>
    </message>
    <message>
        <source>Payloads and the upload queue</source>
        <translation>Пакеты данных и очередь передачи</translation>
    </message>
    <message>
        <source>Health payload every</source>
        <translation>Пакет данных о состоянии каждые</translation>
    </message>
    <message>
        <source>Queue size limit</source>
        <translation>Максимальный размер очереди</translation>
    </message>
    <message>
        <source>Keep unsent payloads for</source>
        <translation>Хранить неотправленные пакеты</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Keep the bytes of sent payloads for</source>
        <translation>Хранить байты отправленных пакетов</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Название службы</translation>
    </message>
    <message>
        <source>Spool key</source>
        <translation>Ключ очереди</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Этот ПК</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темная</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Продолжать работу в области уведомлений после закрытия окна</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Сворачивать в область уведомлений</translation>
    </message>
    <message>
        <source>Run folder root</source>
        <translation>Корневая папка запусков</translation>
    </message>
    <message>
        <source>(none: open a run folder from the command line)</source>
        <translation>(нет: откройте папку запуска из командной строки)</translation>
    </message>
    <message>
        <source>Where the app keeps its files</source>
        <translation>Где приложение хранит свои файлы</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Файл настроек</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Data (spool, history, consent log)</source>
        <translation>Данные (очередь, история, журнал согласий)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Locked by your IT department: {reason}</source>
        <translation>Заблокировано ИТ-отделом вашей организации: {reason}</translation>
    </message>
    <message>
        <source>Moving the key is an IT task: proactive-gui config set spool_key_store …</source>
        <translation>Перенос ключа — задача ИТ-отдела: proactive-gui config set spool_key_store …</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n setting(s) need fixing (in red).</source>
        <translation>
            <numerusform>Ничего не сохранено: %n параметр требует исправления (выделен красным).</numerusform>
            <numerusform>Ничего не сохранено: %n параметра требуют исправления (выделены красным).</numerusform>
            <numerusform>Ничего не сохранено: %n параметров требуют исправления (выделены красным).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) at {time}.</source>
        <translation>
            <numerusform>Сохранено %n изменение в {time}.</numerusform>
            <numerusform>Сохранено %n изменения в {time}.</numerusform>
            <numerusform>Сохранено %n изменений в {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{keys}: when the app next starts.</source>
        <translation>{keys}: после перезапуска приложения.</translation>
    </message>
    <message>
        <source>The previous values are back.</source>
        <translation>Предыдущие значения восстановлены.</translation>
    </message>
    <message>
        <source>On: performance data is sent.</source>
        <translation>Вкл.: данные о показателях работы прибора отправляются.</translation>
    </message>
    <message>
        <source>Off: nothing leaves this PC.</source>
        <translation>Выкл.: ничто не покидает этот ПК.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Not measured</source>
        <translation>Не измеряется</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>Subsystem</name>
    <message>
        <source>Optical</source>
        <translation>Оптическая</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>Механическая</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Термическая</translation>
    </message>
    <message>
        <source>Fluidics</source>
        <translation>Жидкостная</translation>
    </message>
</context>
<context>
    <name>SubsystemCard</name>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>This source has no readings of this subsystem.</source>
        <translation>У этого источника нет показаний для этой подсистемы.</translation>
    </message>
    <message>
        <source>No readings yet.</source>
        <translation>Показаний пока нет.</translation>
    </message>
</context>
<context>
    <name>SubsystemPlot</name>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Run time (h:mm)</source>
        <translation>Время с начала запуска (ч:мм)</translation>
    </message>
    <message>
        <source>No readings in this time range</source>
        <translation>Нет показаний за этот период</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} ч {m:02d} мин</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Proactive Companion</source>
        <translation>Показать Proactive Companion</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>{app} (Demo)</source>
        <translation>{app} (демо)</translation>
    </message>
    <message>
        <source>At this rate it reaches its failure limit in about {time}.</source>
        <translation>При такой динамике предел отказа будет достигнут примерно через {time}.</translation>
    </message>
    <message>
        <source>See the Health page.</source>
        <translation>См. страницу «Состояние».</translation>
    </message>
</context>
<context>
    <name>Upload</name>
    <message>
        <source>the receiver did not finish its answer within {seconds} s (too slow, or stalled); the payload stays queued and is sent again</source>
        <translation>получатель не завершил ответ за {seconds} с (слишком медленно или завис); пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
    <message>
        <source>the receiver&apos;s certificate is not trusted (expired, self-signed, wrong host name, or an inspecting proxy whose CA is not configured)</source>
        <translation>сертификат получателя не является доверенным (истек, самоподписанный, неверное имя хоста или прокси, инспектирующий TLS, ЦС которого не настроен)</translation>
    </message>
    <message>
        <source>the receiver does not offer TLS 1.2 or newer</source>
        <translation>получатель не предлагает TLS 1.2 или новее</translation>
    </message>
    <message>
        <source>the proxy refused the connection (check the proxy address and its password)</source>
        <translation>прокси отказал в соединении (проверьте адрес прокси и его пароль)</translation>
    </message>
    <message>
        <source>the receiver did not answer in time</source>
        <translation>получатель не ответил вовремя</translation>
    </message>
    <message>
        <source>the receiver cannot be reached (network down, wrong address, or refused)</source>
        <translation>получатель недоступен (нет сети, неверный адрес или отказ в соединении)</translation>
    </message>
    <message>
        <source>the connection failed unexpectedly; the payload stays queued</source>
        <translation>непредвиденный сбой соединения; пакет данных остается в очереди</translation>
    </message>
    <message>
        <source>Send Instrument Performance Data is off</source>
        <translation>параметр «Отправлять данные о показателях работы прибора» выключен</translation>
    </message>
    <message>
        <source>no receiver address is set (setting: endpoint)</source>
        <translation>адрес получателя не задан (параметр: endpoint)</translation>
    </message>
    <message>
        <source>another Proactive Companion (process {process}) is sending this queue; this one waits and sends nothing</source>
        <translation>эту очередь отправляет другой экземпляр Proactive Companion (процесс {process}); этот ожидает и ничего не отправляет</translation>
    </message>
    <message>
        <source>another Proactive Companion is sending this queue; this one waits and sends nothing</source>
        <translation>эту очередь отправляет другой экземпляр Proactive Companion; этот ожидает и ничего не отправляет</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>ожидают: {count}</translation>
    </message>
    <message>
        <source>the receiver refused the instrument token (HTTP {code}); set a new one: proactive-gui config set-secret token</source>
        <translation>получатель отклонил токен прибора (HTTP {code}); сохраните новый токен: proactive-gui config set-secret token</translation>
    </message>
    <message>
        <source>the receiver asked to wait (HTTP {code})</source>
        <translation>получатель попросил подождать (HTTP {code})</translation>
    </message>
    <message>
        <source>the receiver failed (HTTP {code})</source>
        <translation>сбой на стороне получателя (HTTP {code})</translation>
    </message>
    <message>
        <source>the receiver redirected the upload to {host} (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>получатель перенаправил отправку на {host} (HTTP {code}); при передаче перенаправления не выполняются: проверьте параметр endpoint, а также нет ли на пути портала авторизации или веб-фильтра</translation>
    </message>
    <message>
        <source>the receiver redirected the upload (HTTP {code}); uploads never follow a redirect: check the endpoint setting, or a captive portal or web filter in the way</source>
        <translation>получатель перенаправил отправку (HTTP {code}); при передаче перенаправления не выполняются: проверьте параметр endpoint, а также нет ли на пути портала авторизации или веб-фильтра</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an answer far too long to be a receipt; the payload stays queued and is sent again</source>
        <translation>получатель ответил HTTP {status}, но ответ слишком длинный для подтверждения; пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with an empty answer instead of a receipt; the payload stays queued and is sent again</source>
        <translation>получатель ответил HTTP {status} без подтверждения (пустой ответ); пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status} with a web page instead of a receipt (a captive portal, a proxy&apos;s sign-in page or a web filter may be in the way); the payload stays queued and is sent again</source>
        <translation>получатель ответил HTTP {status} веб-страницей вместо подтверждения (возможно, на пути портал авторизации, страница входа прокси или веб-фильтр); пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not JSON; the payload stays queued and is sent again</source>
        <translation>получатель ответил HTTP {status}, но его подтверждение не в формате JSON; пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt is not a JSON object; the payload stays queued and is sent again</source>
        <translation>получатель ответил HTTP {status}, но его подтверждение не является объектом JSON; пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not name the payload; the payload stays queued and is sent again</source>
        <translation>получатель ответил HTTP {status}, но в его подтверждении не указан пакет данных; пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt names another payload; the payload stays queued and is sent again</source>
        <translation>получатель ответил HTTP {status}, но в его подтверждении указан другой пакет данных; пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt does not confirm the payload&apos;s SHA-256, so the delivery is not proven; the payload stays queued and is sent again</source>
        <translation>получатель ответил HTTP {status}, но в его подтверждении нет SHA-256 пакета данных, поэтому доставка не доказана; пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
    <message>
        <source>the receiver answered HTTP {status}, but its receipt gives another SHA-256 than the payload&apos;s (the receiver got different bytes); the payload stays queued and is sent again</source>
        <translation>получатель ответил HTTP {status}, но в его подтверждении указан SHA-256, отличный от SHA-256 пакета данных (получатель получил другие байты); пакет данных остается в очереди и будет отправлен повторно</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <source>Uploads</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Sealed payloads wait here, encrypted, until the receiver confirms each one. Nothing is lost when the network, the receiver or this PC fails.</source>
        <translation>Запечатанные пакеты данных хранятся здесь в зашифрованном виде, пока получатель не подтвердит каждый из них. Ничего не теряется при сбое сети, получателя или этого ПК.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Модуль передачи</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Export the queue…</source>
        <translation>Экспорт очереди…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Отложенные</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Пакет данных</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Повторить выбранные</translation>
    </message>
    <message>
        <source>Discard selected…</source>
        <translation>Удалить выбранные…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Время отправки</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байт</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Open the sent history</source>
        <translation>Открыть историю отправок</translation>
    </message>
    <message>
        <source>No queue</source>
        <translation>Нет очереди</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлен</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Все отправлено</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Отправка выключена</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Не настроен</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Токен отклонен</translation>
    </message>
    <message>
        <source>Sent by another process</source>
        <translation>Отправляет другой процесс</translation>
    </message>
    <message>
        <source>Next try at {time}: {why}</source>
        <translation>Следующая попытка в {time}: {why}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, {kb} kB, oldest from {when}</source>
        <translation>
            <numerusform>%n ожидает, {kb} КБ, самый старый от {when}</numerusform>
            <numerusform>%n ожидают, {kb} КБ, самый старый от {when}</numerusform>
            <numerusform>%n ожидают, {kb} КБ, самый старый от {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the size and age limits.</source>
        <translation>
            <numerusform>%n удален из-за ограничений размера и срока.</numerusform>
            <numerusform>%n удалено из-за ограничений размера и срока.</numerusform>
            <numerusform>%n удалено из-за ограничений размера и срока.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest {shown} of %n deliveries; all are in {file}.</source>
        <translation>
            <numerusform>Показаны последние {shown} из %n доставки; все записаны в {file}.</numerusform>
            <numerusform>Показаны последние {shown} из %n доставок; все записаны в {file}.</numerusform>
            <numerusform>Показаны последние {shown} из %n доставок; все записаны в {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n payload(s)? They will never be sent.</source>
        <translation>
            <numerusform>Удалить %n пакет данных? Он никогда не будет отправлен.</numerusform>
            <numerusform>Удалить %n пакета данных? Они никогда не будут отправлены.</numerusform>
            <numerusform>Удалить %n пакетов данных? Они никогда не будут отправлены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) written to {path}. They stay queued and marked exported.</source>
        <translation>
            <numerusform>%n пакет данных записан в {path}. Он остается в очереди с отметкой «экспортирован».</numerusform>
            <numerusform>%n пакета данных записаны в {path}. Они остаются в очереди с отметкой «экспортированы».</numerusform>
            <numerusform>%n пакетов данных записаны в {path}. Они остаются в очереди с отметкой «экспортированы».</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Ничего не ожидает.</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Отложен</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>В карантине</translation>
    </message>
    <message>
        <source>Discard payloads</source>
        <translation>Удаление пакетов данных</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Экспорт очереди</translation>
    </message>
    <message>
        <source>Queue exported</source>
        <translation>Очередь экспортирована</translation>
    </message>
</context>
</TS>
