// libFuzzer's driver, which the fuzz targets' `main` calls (the runtime comes with
// `-sanitize=fuzzer`; SwiftPM names the executable's own `main`, so libFuzzer's is not used).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
