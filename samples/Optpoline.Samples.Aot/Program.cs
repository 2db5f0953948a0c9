// Three polymorphic hot sites written as ordinary code: an interface call, an abstract-class call and
// a generic virtual call. Built plain it is a plain program; woven (OptpolineWeave) each site goes
// through an Optpoline site; woven with a profile (OptpolineProfile) each stable site also tests its
// hot receiver types inline first. Published with PublishAot the adaptive sites stay plain calls (no
// dynamic code), but the baked guards are ordinary IL and run. run.sh builds and compares all three.
//   usage: Optpoline.Samples.Aot [million calls per site and round, default 20]
using System.Diagnostics;
using System.Globalization;
using Optpoline;
using Optpoline.Samples.Aot;

var c = CultureInfo.InvariantCulture;
var millions = args.Length > 0 ? int.Parse(args[0], c) : 20;
var repeats = millions * 1_000_000 / Receivers.Length;
var calls = (long)repeats * Receivers.Length;

var shapes = Receivers.Pick<IShape>(1, (0.50, new Circle(1)), (0.30, new Square(2)), (0.15, new Triangle(3, 4)), (0.05, new Hexagon(1)));
var steps = Receivers.Pick<Step>(2, (0.60, new AddStep(0x9E3779B9)), (0.30, new MultiplyStep(31)), (0.10, new RotateStep(7)));
var hashers = Receivers.Pick<Hasher>(3, (0.70, new FnvHasher()), (0.30, new MixHasher()));

// Round 1 warms up (tiering and, under the JIT, the sites learn); round 2 is measured.
// Both rounds go into the checksum, which every build must print the same.
long checksum = 0;
var nanos = new double[3];
for (var round = 0; round < 2; round++)
{
    var watch = Stopwatch.StartNew();
    checksum = (checksum * 31) + (long)Workload.Areas(shapes, repeats);
    nanos[0] = watch.Elapsed.TotalNanoseconds / calls;

    watch.Restart();
    checksum = (checksum * 31) + Workload.Steps(steps, repeats);
    nanos[1] = watch.Elapsed.TotalNanoseconds / calls;

    watch.Restart();
    checksum = (checksum * 31) + Workload.Hashes(hashers, repeats);
    nanos[2] = watch.Elapsed.TotalNanoseconds / calls;
}

Console.WriteLine(string.Create(c, $"{(OptpolineRuntime.IsDynamicCodeSupported ? "JIT" : "NativeAOT")}, {calls:N0} calls per site and round"));
Console.WriteLine(string.Create(c, $"checksum {checksum:X16}"));
Console.WriteLine(string.Create(c, $"interface      IShape.Area        {nanos[0],6:F2} ns/call"));
Console.WriteLine(string.Create(c, $"abstract class Step.Apply         {nanos[1],6:F2} ns/call"));
Console.WriteLine(string.Create(c, $"generic virt.  Hasher.Hash<int>   {nanos[2],6:F2} ns/call"));
Console.Write(SiteSummary.Of(OptpolineRuntime.Report()));
