/* Wine 8.0 only, never shipped. Windows 10 has bcryptprimitives.dll and Wine 8.0 lacks it;
   the Rust code of `cryptography` (Rust >= 1.78) imports ProcessPrng from it. This stand-in
   forwards to RtlGenRandom (SystemFunction036), which Wine has. */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk; size -= chunk;
    }
    return TRUE;
}
