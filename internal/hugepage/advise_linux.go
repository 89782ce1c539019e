package hugepage

import "syscall"

const supported = true

// advise applies MADV_HUGEPAGE to [p, p+n), p a multiple of the system's
// page size (the kernel grants huge pages to the whole Size-aligned pages
// of advised memory). An error (huge pages switched off, an old kernel)
// leaves the small pages, which is only slower.
func advise(p, n uintptr) {
	syscall.Syscall(syscall.SYS_MADVISE, p, n, syscall.MADV_HUGEPAGE)
}
