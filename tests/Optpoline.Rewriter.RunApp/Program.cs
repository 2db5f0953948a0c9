using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Jint;
using Optpoline.Rewriter.Fixtures;

namespace Optpoline.Rewriter.RunApp;

/// <summary>
/// An unmodified app for <c>optpoline run</c>: it must print exactly what <c>dotnet RunApp.dll</c>
/// prints and exit with the same code. Each round runs virtual calls of its own, of a project
/// library and of a NuGet package (Jint), and gives the same result; <c>--work-ms</c> repeats rounds
/// long enough for sites to be promoted without changing the output.
/// </summary>
/// <remarks>
/// Arguments: <c>--work-ms N</c>, <c>--exit N</c> (return N), <c>--throw MESSAGE</c> (Main throws),
/// <c>--environment-exit N</c> (<see cref="Environment.Exit"/>), <c>--shapes circle,square,cube,explicit</c>
/// (the receivers of the shapes' interface call, all four by default); anything else is echoed.
/// </remarks>
internal static class Program
{
    private const string Script = """
        function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
        class Body { constructor(x, v) { this.x = x; this.v = v; } step(dt) { this.x += this.v * dt; } energy() { return this.v * this.v / 2; } }
        class Heavy extends Body { energy() { return super.energy() * 10; } }
        const bodies = [];
        for (let i = 0; i < 30; i++) { bodies.push(i % 2 ? new Heavy(i, 1) : new Body(i, 2)); }
        for (let t = 0; t < 20; t++) { for (const b of bodies) { b.step(0.5); } }
        const words = []; for (let i = 0; i < 50; i++) { words.push('w' + (i * 7919 % 101)); }
        words.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
        fib(12) + '|' + bodies.reduce((e, b) => e + b.energy(), 0) + '|' + words.slice(0, 3).join(',')
        """;

    private static async Task<int> Main(string[] args)
    {
        var work = TimeSpan.Zero;
        var exit = 0;
        string? message = null;
        int? environmentExit = null;
        var echoed = new List<string>();
        string[] shapes = ["circle", "square", "cube", "explicit"];
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--work-ms" when i + 1 < args.Length:
                    work = TimeSpan.FromMilliseconds(int.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--shapes" when i + 1 < args.Length:
                    shapes = args[++i].Split(',');
                    break;
                case "--exit" when i + 1 < args.Length:
                    exit = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--throw" when i + 1 < args.Length:
                    message = args[++i];
                    break;
                case "--environment-exit" when i + 1 < args.Length:
                    environmentExit = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    echoed.Add(args[i]);
                    break;
            }
        }

        Console.WriteLine("entry assembly: " + Assembly.GetEntryAssembly()?.GetName().Name);
        Console.WriteLine("base directory holds the app: " + File.Exists(Path.Combine(AppContext.BaseDirectory, "Optpoline.Rewriter.RunApp.dll")));
        Console.WriteLine("args: " + string.Join(" ", echoed));
        await Task.Yield();

        IShape[] receivers = [.. shapes.Select(Shape)];
        var first = Round(receivers);
        var same = true;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < work)
        {
            same &= Round(receivers) == first;
        }

        Console.WriteLine(first);
        Console.WriteLine("every round the same: " + same);
        if (message is not null)
        {
            throw new InvalidOperationException(message);
        }

        if (environmentExit is { } code)
        {
            Environment.Exit(code);
        }

        return exit;
    }

    private static IShape Shape(string name) => name switch
    {
        "circle" => new Circle(1),
        "square" => new Square(2),
        "cube" => new Cube(1),
        "explicit" => new ExplicitShape(),
        _ => throw new ArgumentException($"no shape '{name}'", nameof(name)),
    };

    private static string Round(IShape[] shapes)
    {
        Animal[] animals = [new Dog(), new Puppy(), new Cat()];
        var area = 0.0;
        var described = 0;
        for (var i = 0; i < 4000; i++)
        {
            area += shapes[i % shapes.Length].Area();
            described += animals[i % animals.Length].Describe().Length;
        }

        var engine = new Engine();
        var script = engine.Evaluate(Script).ToString();
        return string.Create(CultureInfo.InvariantCulture, $"area {area}, described {described}, script {script}");
    }
}
