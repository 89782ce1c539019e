//go:build unix

package syntax

import (
	"syscall"
	"time"
)

// dpCPUTime returns the CPU time the process has used, so that benchmarks
// can report throughput per CPU second on a busy machine.
func dpCPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
