using System.Runtime.CompilerServices;

// Wait queues and the scheduler's entry points are the surface for drivers and libs that block (guest/plat/kvm's
// interrupt tests today; net and virtio next).
[assembly: InternalsVisibleTo("Kiln.Plat.Kvm.Tests")]
