//go:build unix

package tag

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used so far (user + system), so
// that benchmarks on a busy machine can report throughput per CPU second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
