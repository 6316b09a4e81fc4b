/* Wine 8.0 only, never shipped. Windows 10 1903+ has icuuc.dll and Wine 8.0 lacks it;
   Qt6Core.dll of PySide6 >= 6.10 imports ICU's converter API from it, used only for legacy
   (non-Unicode) codecs, which the program never asks for. Every converter is "unsupported"
   here (U_UNSUPPORTED_ERROR = 16); UTF-8, UTF-16 and Latin-1 are Qt's own. */
#include <stddef.h>
#define EXPORT __declspec(dllexport)
EXPORT void *ucnv_open(const char *name, int *err) { if (err) *err = 16; return NULL; }
EXPORT void ucnv_close(void *c) {}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void ucnv_reset(void *c) {}
EXPORT signed char ucnv_getMaxCharSize(void *c) { return 1; }
EXPORT const char *ucnv_getName(void *c, int *err) { if (err) *err = 16; return NULL; }
#define FAIL0(n) EXPORT long long n(void) { return 0; }
FAIL0(ucnv_getToUCallBack) FAIL0(ucnv_getFromUCallBack) FAIL0(ucnv_setToUCallBack)
FAIL0(ucnv_setFromUCallBack) FAIL0(ucnv_cbToUWriteUChars) FAIL0(ucnv_toUnicode)
FAIL0(ucnv_cbFromUWriteUChars) FAIL0(ucnv_toUCountPending) FAIL0(ucnv_fromUCountPending)
FAIL0(ucnv_fromUnicode)
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, int *err) { if (err) *err = 16; return NULL; }
EXPORT const char *ucnv_getAvailableName(int n) { return NULL; }
EXPORT int ucnv_countAvailable(void) { return 0; }
