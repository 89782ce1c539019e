#include "textflag.h"

// func shifted(base *uint64, keys []uint64, shift uint)
TEXT ·shifted(SB), NOSPLIT, $0-40
	MOVQ base+0(FP), DI
	MOVQ keys_base+8(FP), SI
	MOVQ keys_len+16(FP), BX
	MOVQ shift+32(FP), CX
	TESTQ BX, BX
	JZ   done
loop:
	MOVQ    (SI), AX
	SHRQ    CX, AX
	PREFETCHT0 (DI)(AX*8)
	ADDQ    $8, SI
	DECQ    BX
	JNZ     loop
done:
	RET

// func addrsAsm(addrs []uintptr)
TEXT ·addrsAsm(SB), NOSPLIT, $0-24
	MOVQ addrs_base+0(FP), SI
	MOVQ addrs_len+8(FP), BX
	TESTQ BX, BX
	JZ   done
loop:
	MOVQ    (SI), AX
	PREFETCHT0 (AX)
	ADDQ    $8, SI
	DECQ    BX
	JNZ     loop
done:
	RET
