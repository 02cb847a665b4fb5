#ifndef NQ_CLIBEDIT_SHIM_H
#define NQ_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
