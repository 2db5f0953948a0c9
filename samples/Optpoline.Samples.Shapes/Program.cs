// The smallest useful Optpoline program: one call site that learns its hot receiver types,
// through two phases whose hot types differ. Run it with:  dotnet run --project samples/Optpoline.Samples.Shapes
using System.Diagnostics;
using Optpoline;
using Optpoline.Samples.Shapes;

var area = CallSite.Create<Func<IShape, double>>(s => s.Area(), key: "Program.Sum/area");

IShape[] phase1 = [new Circle(1), new Square(2), new Triangle(3, 4), new Ring(3, 1)];
IShape[] phase2 = [new Hexagon(1), new Ellipse(2, 1), new Kite(2, 3)];

foreach (var (name, shapes) in new[] { ("phase 1: circle, square, triangle, ring", phase1), ("phase 2: hexagon, ellipse, kite", phase2) })
{
    var plain = Measure(shapes, static s => s.Area());
    var promoted = Measure(shapes, s => area.Invoke(s));
    Console.WriteLine($"{name}: plain {plain:F2} ns/call, through the site {promoted:F2} ns/call");
    Console.WriteLine(OptpolineRuntime.Report());
}

static double Measure(IShape[] shapes, Func<IShape, double> call)
{
    // Random order, so no single guess is right: the receiver sequence a polymorphic site really sees.
    var random = new Random(42);
    var order = Enumerable.Range(0, 4096).Select(_ => shapes[random.Next(shapes.Length)]).ToArray();
    var total = 0.0;
    var watch = Stopwatch.StartNew();
    long calls = 0;
    while (watch.ElapsedMilliseconds < 1500)
    {
        foreach (var shape in order)
        {
            total += call(shape);
        }

        calls += order.Length;
    }

    GC.KeepAlive(total);
    return watch.Elapsed.TotalNanoseconds / calls;
}
