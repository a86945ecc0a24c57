// The system ICU headers the C shim (CArabicICU) compiles against.
// Only C code sees this module; Swift reaches ICU through CArabicICU.
#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/ucal.h>
#include <unicode/utrans.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
