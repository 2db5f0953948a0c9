// The smallest useful Optpoline program: one call site that learns its hot receiver types,
// through two phases whose hot types differ. Run it with:
//   dotnet run -c Release --project samples/Optpoline.Samples.Shapes
using System.Diagnostics;
using Optpoline;
using Optpoline.Samples.Shapes;

const string Key = "Program/area";
var area = CallSite.Create<Func<IShape, double>>(s => s.Area(), key: Key);

IShape[] phase1 = [new Circle(1), new Square(2), new Triangle(3, 4), new Ring(3, 1)];
IShape[] phase2 = [new Hexagon(1), new Ellipse(2, 1), new Kite(2, 3)];

foreach (var (name, shapes) in new[] { ("phase 1: circle, square, triangle, ring", phase1), ("phase 2: hexagon, ellipse, kite", phase2) })
{
    var (calls, elapsed) = TimeToLearn(shapes);
    Console.WriteLine($"{name}");
    Console.WriteLine($"  slots hold every hot type after {calls:N0} calls, {elapsed.TotalMilliseconds:F1} ms");
    var plain = NanosPerCall(shapes, static s => s.Area());
    var promoted = NanosPerCall(shapes, s => area.Invoke(s));
    Console.WriteLine($"  plain interface call {plain:F2} ns, through the site {promoted:F2} ns ({plain / promoted:F2}x)");
}

Console.WriteLine();
Console.WriteLine(OptpolineRuntime.Report());

// Calls the site until its report shows a slot for every type in the phase.
(long Calls, TimeSpan Elapsed) TimeToLearn(IShape[] shapes)
{
    var wanted = shapes.Select(s => s.GetType()).ToHashSet();
    var watch = Stopwatch.StartNew();
    long calls = 0;
    var total = 0.0;
    while (watch.Elapsed < TimeSpan.FromSeconds(10))
    {
        for (var i = 0; i < 256; i++, calls++)
        {
            total += area.Invoke(shapes[(int)(calls % shapes.Length)]);
        }

        if (wanted.IsSubsetOf(area.SlotTypes))
        {
            break;
        }
    }

    GC.KeepAlive(total);
    return (calls, watch.Elapsed);
}

static double NanosPerCall(IShape[] shapes, Func<IShape, double> call)
{
    // Random order, so no single guess is right: the receiver sequence a polymorphic site really sees.
    var random = new Random(42);
    var order = Enumerable.Range(0, 4096).Select(_ => shapes[random.Next(shapes.Length)]).ToArray();
    var total = 0.0;
    long calls = 0;
    var watch = Stopwatch.StartNew();
    while (watch.ElapsedMilliseconds < 1000)
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
