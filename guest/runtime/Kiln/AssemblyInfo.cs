using System.Runtime.CompilerServices;

// Kiln.* here is the surface for the guest's own libs and platforms (start-up, panics, preemption, clocks, kernel
// parameters, object layouts); apps see only the BCL-shaped System.* types. A new lib or platform adds its
// assembly here; kiln build refuses an app that takes one of these names, or any Kiln.* name outside guest/ (the
// libs' own tests, under guest/, take Kiln.*.Tests names).
[assembly: InternalsVisibleTo("Kiln.Lib.Alloc")]
[assembly: InternalsVisibleTo("Kiln.Lib.Console")]
[assembly: InternalsVisibleTo("Kiln.Lib.Sched")]
[assembly: InternalsVisibleTo("Kiln.Lib.Time")]
[assembly: InternalsVisibleTo("Kiln.Plat.Kvm")]
[assembly: InternalsVisibleTo("Kiln.Plat.Linuxu")]
[assembly: InternalsVisibleTo("Kiln.Plat.Kvm.Tests")]
