; Inno Setup 6 script: Proactive Companion for Windows instrument PCs.
;
; Build on Windows, from the repository:
;   python packaging\build.py             (the frozen app, its smoke test, and
;                                          build\installer\generated.iss)
;   iscc packaging\windows\proactive-gui.iss
; The version, the icon and the list of files come from generated.iss, which build.py
; writes from pyproject.toml and the frozen folder, so this script cannot drift from them.
;
; Installs per machine under Program Files (administrator rights), adds Start-menu
; entries, can start with Windows in the tray, registers an uninstaller, and keeps the
; users' settings, logs and queued payloads on uninstall unless asked (or given
; /REMOVEUSERDATA on the uninstaller's command line). The IT policy file
; (%ProgramData%\Proactive Companion\policy.conf) belongs to IT and is never touched.

#include "..\..\build\installer\generated.iss"

#define AppName "Proactive Companion"
#define AppExe "proactive-gui.exe"
#define AppCli "proactive-gui-cli.exe"

[Setup]
AppId={{5C0B6E8A-2F4D-4C1B-9E37-7A1D3F2B8C40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionQuad}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#SetupIcon}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=proactive-gui-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Tasks]
Name: "startup"; Description: "Start {#AppName} with Windows, in the system tray (recommended: health is watched and payloads are sent without anyone opening it)"; GroupDescription: "Start-up:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\Network readiness report"; Filename: "{cmd}"; Parameters: "/k """"{app}\{#AppCli}"" check --report ""%USERPROFILE%\Desktop\proactive-readiness.html"""""; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"; Comment: "Runs the network readiness checks and saves an HTML report on the desktop for IT"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon
Name: "{commonstartup}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "--in-tray"; Tasks: startup

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function AskedToRemoveUserData(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEUSERDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  UserData: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  { platformdirs' folders for "proactive-gui": settings, logs, the consent log, the
    encrypted queue and the sent-history of the user who uninstalls. }
  UserData := ExpandConstant('{localappdata}\proactive-gui');
  if not DirExists(UserData) then
    Exit;
  if AskedToRemoveUserData() or
     ((not UninstallSilent()) and
      (MsgBox('Also remove this user''s settings, logs, consent log and any payloads still ' +
              'waiting to be sent?' + #13#10#13#10 + UserData + #13#10#13#10 +
              'Choose No to keep them (the default) for a later installation.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES)) then
    DelTree(UserData, True, True, True);
end;
