; KH14 Desktop: the Windows installer (NSIS 3, Unicode). makensis runs on Linux too.
;
;   makensis build/kh14.nsi                          ; packs build/out/kh14-desktop/
;   makensis -DDIST_DIR=../dist/kh14-desktop -DOUT_FILE=../dist/setup.exe build/kh14.nsi
;   makensis -DUNCOMPRESSED build/kh14.nsi           ; quick check that the script compiles
;
; Paths given to makensis are relative to this folder (makensis changes into it).
;
; Without administrator rights it installs for the current user only, into
; %LOCALAPPDATA%\Programs\KH14 Desktop, with no UAC prompt; an administrator is asked once
; and installs for every user of the PC into Program Files (/CurrentUser on the command line
; keeps a per-user install). It adds a Start menu and a desktop shortcut with Vietnamese
; names and opens .kh14 report files in the app on a double-click. The uninstaller removes
; exactly what was installed: the user's data folder (%LOCALAPPDATA%\KH14, or data\ beside
; the programs in portable mode) is never touched.

; 64-bit like the program (PySide6 has no 32-bit Windows build): a 32-bit installer would
; only add the registry and folder redirection of WOW64 between itself and what it installs
Target amd64-unicode
ManifestDPIAware true

!searchparse /file "../kh14_desktop/__init__.py" '__version__ = "' VERSION '"'
!define /ifndef DIST_DIR "out/kh14-desktop"
!define /ifndef OUT_FILE "out/kh14-desktop-${VERSION}-setup.exe"
!define APP_NAME "KH14 Desktop"
!define APP_EXE "kh14-desktop.exe"
!define SHORTCUT_NAME "KH14 - Báo cáo thực hiện kế hoạch"
!define PROG_ID "KH14Desktop.Report"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KH14Desktop"

!ifdef UNCOMPRESSED
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
BrandingText "${APP_NAME} ${VERSION}"

; Per user without rights, per machine for an administrator; MultiUser.nsh picks the folder.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
; the uninstaller and a later update find the mode and the folder of this installation here
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WinVer.nsh
!include x64.nsh

!define MUI_ICON "../resources/icons/kh14.ico"
!define MUI_UNICON "../resources/icons/kh14.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION StartProgram

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

; The running program holds this mutex (kh14_desktop/ui/single_instance.py): replacing or
; removing the files of a program that runs would leave a mix of two versions behind.
!define RUNNING_MUTEX "KH14DesktopRunning"
LangString APP_RUNNING ${LANG_VIETNAMESE} \
    "KH14 Desktop đang mở. Hãy đóng chương trình rồi bấm Thử lại (Retry).$\r$\n$\r$\nCông việc \
đã ghi không bị mất: dữ liệu được lưu ngay khi nhập."
LangString APP_RUNNING ${LANG_ENGLISH} \
    "KH14 Desktop is open. Close it, then press Retry.$\r$\n$\r$\nNothing recorded is lost: \
the data is saved as it is entered."

!macro WAIT_UNTIL_THE_APP_IS_CLOSED
  ${Do}
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .r0'
    ${If} $0 P= 0
      ${Break}
    ${EndIf}
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDCANCEL IDRETRY +2
    Abort
  ${Loop}
!macroend

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Cài đặt ${APP_NAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "MIT License"

Function .onInit
  ; Qt 6 wants 64-bit Windows; its Qt6Core.dll links Windows' own ICU, complete from 1903 on
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastBuild} 18362
    MessageBox MB_OK|MB_ICONSTOP \
        "KH14 Desktop cần Windows 10 (phiên bản 1903 trở lên) hoặc Windows 11, bản 64 bit." \
        /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64  ; the uninstall entry and the file type in the 64-bit registry, as the app is
  !insertmacro MULTIUSER_INIT
  !insertmacro WAIT_UNTIL_THE_APP_IS_CLOSED
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
  !insertmacro WAIT_UNTIL_THE_APP_IS_CLOSED
FunctionEnd

Function StartProgram
  ; through Explorer: after a per-machine install the installer is elevated, the app must not be
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_EXE}"'
FunctionEnd

Section "${APP_NAME}" SectionProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an update must not leave the previous version's libraries behind; only ours live here
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST_DIR}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" \
      "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "Theo dõi và báo cáo kết quả thực hiện kế hoạch"
  CreateShortcut "$DESKTOP\${SHORTCUT_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" \
      "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "Theo dõi và báo cáo kết quả thực hiện kế hoạch"

  ; .kh14 report files: a double-click opens them in the app, which offers import or verify.
  ; SHCTX is HKCU for a per-user install (no rights needed) and HKLM for a per-machine one.
  WriteRegStr SHCTX "Software\Classes\.kh14" "" "${PROG_ID}"
  WriteRegStr SHCTX "Software\Classes\.kh14" "Content Type" "application/vnd.kh14.report+zip"
  WriteRegStr SHCTX "Software\Classes\.kh14\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}" "" "Tệp báo cáo KH14"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell" "" "open"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell\open" "" "Mở bằng KH14 Desktop"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell\open\command" "" \
      '"$INSTDIR\${APP_EXE}" "%1"'
  ; Explorer re-reads the associations now rather than after the next sign-in
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
      '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
      '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  ; File by file, never RMDir /r "$INSTDIR": in portable use data\ may sit beside the programs
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\kh14.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${SHORTCUT_NAME}.lnk"
  Delete "$DESKTOP\${SHORTCUT_NAME}.lnk"

  ; the extension is released only if it is still ours (another program may have taken it)
  ReadRegStr $0 SHCTX "Software\Classes\.kh14" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegValue SHCTX "Software\Classes\.kh14" ""
    DeleteRegValue SHCTX "Software\Classes\.kh14" "Content Type"
  ${EndIf}
  DeleteRegValue SHCTX "Software\Classes\.kh14\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.kh14\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.kh14"
  DeleteRegKey SHCTX "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
SectionEnd
