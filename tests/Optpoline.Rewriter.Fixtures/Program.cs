using System.Globalization;
using System.Runtime.CompilerServices;

namespace Optpoline.Rewriter.Fixtures;

/// <summary>
/// The round-trip tests run <see cref="Run"/> on the original and on the woven assembly and compare
/// the transcripts: every observable result and exception must be the same.
/// </summary>
public static class Program
{
    public static string Run()
    {
        var t = new Transcript();
        IShape[] shapes = [new Circle(1), new Square(2), new Cube(1), new ExplicitShape()];
        Animal[] animals = [new Dog(), new Puppy(), new Cat()];

        t.Log("areas", () => shapes.Select(s => s.Area()).ToList());
        t.Log("names", () => shapes.Select(s => s.Name).ToList());
        t.Log("loop", () => ControlFlow.Loop(shapes, 3));
        t.Log("while", () => ControlFlow.WhileLoop(shapes));
        t.Log("iterator", () => ControlFlow.Names(shapes).ToList());
        t.Log("null interface", () => ((IShape)null!).Area());
        t.Log("null abstract", () => ((Animal)null!).Speak());
        t.Log("null generic virtual", () => ((Converter)null!).Convert<int>("1"));
        t.Log("null in loop", () => ControlFlow.Loop([shapes[0], null!], 1));

        ICounter counter = new Counter();
        counter.Increment();
        counter.Increment();
        t.Log("boxed counter", () => counter.Value);
        var unboxed = new Counter();
        unboxed.Increment();
        t.Log("unboxed counter", () => unboxed.Value);

        foreach (var animal in animals)
        {
            t.Log("describe " + animal.GetType().Name, () => animal.Describe());
            t.Log("clone " + animal.GetType().Name, () => animal.Clone().GetType().Name);
            t.Log("fail " + animal.GetType().Name, () => animal.Fail(3));
            t.Log("fail negative " + animal.GetType().Name, () => animal.Fail(-3));
            t.Log("try " + animal.GetType().Name, () => ControlFlow.InTryCatchFinally(animal, null));
            t.Log("try shape " + animal.GetType().Name, () => ControlFlow.InTryCatchFinally(animal, shapes[1]));
            t.Log("tail " + animal.GetType().Name, () => ControlFlow.Tail(animal));
            t.Log("recurse " + animal.GetType().Name, () => ControlFlow.Recurse(animal, 5));
        }

        t.Log("protected", () => new Puppy().AskSecret());
        t.Log("ternary", () => ControlFlow.Ternary(true, animals[0], animals[2]) + ControlFlow.Ternary(false, animals[0], animals[2]));
        t.Log("switch", () => new object[] { shapes[0], shapes[1], animals[1], 12 }.Select(ControlFlow.Switch).ToList());

        Letter[] letters = [new Letter(), new Beta(), new Gamma()];
        t.Log("new slot via Letter", () => letters.Select(l => l.Who()).ToList());
        t.Log("new slot via Beta", () => letters.OfType<Beta>().Select(b => b.Who()).ToList());

        Converter[] converters = [new ParsingConverter(), new DefaultConverter()];
        foreach (var c in converters)
        {
            t.Log("convert int " + c.GetType().Name, () => c.Convert<int>("42"));
            t.Log("convert string " + c.GetType().Name, () => c.Convert<string>("x"));
            t.Log("convert bad " + c.GetType().Name, () => c.Convert<int>("nope"));
            t.Log("pair " + c.GetType().Name, () => c.Pair(1, "one"));
            t.Log("pair generic caller " + c.GetType().Name, () => new Holder<long>(shapes[0], new Box<long>(5)).Convert<double>(c, "2.5"));
        }

        Box<int>[] boxes = [new Box<int>(3), new DoubleBox(3)];
        t.Log("boxes", () => boxes.Select(b => b.Get() + ":" + b.Show()).ToList());
        var holder = new Holder<string>(shapes[1], new Box<string>("s"));
        t.Log("holder describe", () => holder.Describe());
        t.Log("holder unbox", () => holder.Unbox());
        t.Log("holder static", () => Holder<int>.Static<decimal>(shapes[2]));
        t.Log("constrained", () => Constrained.AreaOf(shapes[0]) + Constrained.AreaOf((Square)shapes[1]));
        t.Log("constrained text", () => Constrained.Text(5) + Constrained.Text("s"));

        GenericCodeRun(t);

        IGreeter[] greeters = [new PlainGreeter(), new LoudGreeter()];
        t.Log("greet", () => greeters.Select(g => g.Greet()).ToList());
        t.Log("greet twice", () => greeters.Select(g => g.GreetTwice()).ToList());
        var walker = new Walker();
        t.Log("walker", () => walker.Walk(shapes[0]) + walker.Walk(shapes[1]));
        t.Log("secrets", () => new Secrets().Sum() + "/" + new Secrets().SumWithLambda());

        Store[] stores = [new MapStore(), new DoubleStore()];
        foreach (var store in stores)
        {
            t.Log("tryget " + store.GetType().Name, () => store.TryGet("abc", out var v) + ":" + v);
            t.Log("bump " + store.GetType().Name, () =>
            {
                var x = 1;
                store.Bump(ref x, 5);
                return x;
            });
            t.Log("sum " + store.GetType().Name, () => store.Sum([1, 2, 3]));
            t.Log("many " + store.GetType().Name, () => store.Many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17));
            t.Log("slot " + store.GetType().Name, () =>
            {
                ref var slot = ref store.Slot();
                slot++;
                return store.Slot();
            });
        }

        IList<int> array = new int[3];
        t.Log("array as list", () =>
        {
            array[1] = 5;
            return array.Count + array[1];
        });
        IEnumerable<object> variant = new List<string> { "a", "b" };
        t.Log("variance", () => string.Join(",", variant));
        object[] objects = [1, "two", 3.5, new Dog()];
        t.Log("object virtuals", () => objects.Select(o => o.ToString() + "#" + o.Equals(o) + "#" + (o.GetHashCode() == o.GetHashCode())).ToList());
        Func<int, int> twice = x => x * 2;
        t.Log("delegate", () => twice(21));
        DelegateScenarios(t);
        ConstrainedScenarios(t);
        // NoInlining: once Frames' delegate site is promoted, its dispatcher calls the lambda directly
        // and the JIT may inline it, which drops its frame from the trace (as the JIT's own guarded
        // devirtualization of a hot delegate call does). The frames that must survive are the others.
        t.Log("stack trace", () => Frames([MethodImpl(MethodImplOptions.NoInlining)] () => ControlFlow.Recurse(animals[0], 2)));
        t.Log("formatted", () => string.Format(CultureInfo.InvariantCulture, "{0:F2}", shapes[0].Area()));
        return t.ToString();
    }

    private static void DelegateScenarios(Transcript t)
    {
        for (var round = 0; round < 2; round++)
        {
            var targets = DelegateCalls.Targets();
            for (var i = 0; i < targets.Length; i++)
            {
                var target = targets[i];
                t.Log($"delegate target {i} round {round}", () => DelegateCalls.Apply(target, i + round));
            }
        }

        t.Log("delegate throws", () => DelegateCalls.Apply(DelegateCalls.Fail, 5));
        t.Log("delegate static", () => DelegateCalls.Apply(DelegateCalls.Twice, 5));
        t.Log("delegate null", () => DelegateCalls.Apply((Func<int, int>)null!, 5));
        t.Log("delegate closed static", () => DelegateCalls.Apply((Func<int, string>)Delegate.CreateDelegate(typeof(Func<int, string>), "x", typeof(DelegateCalls).GetMethod(nameof(DelegateCalls.Described))!), 3));
        t.Log("delegate multicast", () => DelegateCalls.Raise(4));
        t.Log("delegate multicast func", () => DelegateCalls.Apply((Func<int, int>)Delegate.Combine((Func<int, int>)DelegateCalls.Twice, (Func<int, int>)(n => n + 1)), 8));
        t.Log("delegate ref", () => DelegateCalls.Bumped((ref int v) => v *= 3, 5) + "/" + DelegateCalls.Bumped((ref int v) => ++v, 5));
        var ran = new List<int>();
        t.Log("delegate action", () =>
        {
            DelegateCalls.Run(ran.Add, 3);
            DelegateCalls.Run(n => ran.Add(-n), 4);
            return ran;
        });
        t.Log("delegate generic ctx", () => DelegateCalls.Count(new[] { 1, 2, 3, 4 }, n => n % 2 == 0) + DelegateCalls.Count(new[] { "a", "bb" }, s => s.Length > 1));
        var tally = new Tally();
        Func<int, int> boxed = tally.Add;
        t.Log("delegate struct box", () => DelegateCalls.Apply(boxed, 2) + DelegateCalls.Apply(boxed, 3) + tally.Add(0));
    }

    private static void ConstrainedScenarios(Transcript t)
    {
        var structStepper = new StructStepper();
        t.Log("constrained ref struct", () => ConstrainedCalls.StepRef(ref structStepper) + ConstrainedCalls.StepRef(ref structStepper) + "/" + structStepper);
        t.Log("constrained copy struct", () => ConstrainedCalls.StepTwice(structStepper) + "/" + structStepper);
        IStepper[] steppers = [new ClassStepper(), new BaseStepper(), new DerivedStepper(), new StructStepper()];
        foreach (var stepper in steppers)
        {
            var local = stepper;
            t.Log("constrained ref " + stepper.GetType().Name, () => ConstrainedCalls.StepRef(ref local) + ConstrainedCalls.StepTwice(local) + ConstrainedCalls.StepTwice(stepper));
        }

        var classStepping = new Stepping<ClassStepper>(new ClassStepper());
        var structStepping = new Stepping<StructStepper>(default);
        var interfaceStepping = new Stepping<IStepper>(new DerivedStepper());
        t.Log("constrained field", () => $"{classStepping.StepField()}{classStepping.StepField()} {structStepping.StepField()}{structStepping.StepField()} {interfaceStepping.StepField()}{interfaceStepping.StepField()} {structStepping.Show()}");
        t.Log("constrained text", () => ConstrainedCalls.Text(5) + ConstrainedCalls.Text("s") + ConstrainedCalls.Text<object?>(null) + ConstrainedCalls.Text(new StructStepper()) + ConstrainedCalls.Text(new Plain(3)));
        t.Log("constrained null", () => ConstrainedCalls.Hash<string>(null!));
        t.Log("constrained hash", () => ConstrainedCalls.Hash(12) + ConstrainedCalls.Hash("abc".Length));
        t.Log("constrained struct text", () => ConstrainedCalls.StructText(4.5) + ConstrainedCalls.PlainText(new Plain(2)));
        t.Log("constrained same", () => ConstrainedCalls.Same("a", "a") + "/" + ConstrainedCalls.Same(1, 2));
        t.Log("constrained generic virtual", () => ConstrainedCalls.Convert<ParsingConverter, int>(new ParsingConverter(), "12") + ConstrainedCalls.Convert<Converter, int>(new DefaultConverter(), "12"));
    }

    /// <summary>The exception's stack trace as users see it (method and line, no paths), in this assembly.</summary>
    private static List<string> Frames(Action action)
    {
        try
        {
            action();
            return [];
        }
        catch (Exception e)
        {
            return e.StackTrace!.Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Contains("Optpoline.Rewriter.Fixtures.", StringComparison.Ordinal))
                .Select(line => line.Split(" in ")[0] + (line.Contains(":line ", StringComparison.Ordinal) ? " line " + line[(line.LastIndexOf(":line ", StringComparison.Ordinal) + 6)..] : ""))
                .ToList();
        }
    }

    /// <summary>Hot sites in generic code: a shared instantiation (string) and an unshared one (int), three formatter types each, in turn.</summary>
    private static long GenericHot(int iterations)
    {
        Formatter<string>[] strings = [new PlainFormatter<string>(), new QuotedFormatter<string>(), new UpperFormatter()];
        Formatter<int>[] ints = [new PlainFormatter<int>(), new QuotedFormatter<int>(), new IntFormatter()];
        long total = 0;
        for (var i = 0; i < iterations; i++)
        {
            total += GenericCode<string>.Render(strings[i % 3], "s").Length + GenericCode<int>.Render(ints[i % 3], i).Length;
        }

        return total;
    }

    private static void GenericCodeRun(Transcript t)
    {
        t.Log("generic compare int", () => GenericCode<int>.Compare(Comparer<int>.Default, 1, 2) + GenericCode<int>.Compare(Comparer<int>.Create((a, b) => b - a), 1, 2));
        t.Log("generic compare string", () => GenericCode<string>.Compare(StringComparer.Ordinal, "a", "B") + GenericCode<string>.Compare(StringComparer.OrdinalIgnoreCase, "a", "B"));
        Formatter<int>[] ints = [new PlainFormatter<int>(), new QuotedFormatter<int>(), new IntFormatter()];
        Formatter<string>[] strings = [new PlainFormatter<string>(), new QuotedFormatter<string>()];
        t.Log("generic render", () => ints.Select(f => GenericCode<int>.Render(f, 26)).Concat(strings.Select(f => GenericCode<string>.Render(f, "s"))).ToList());
        Resolver[] resolvers = [new PlainResolver(), new QuotingResolver()];
        t.Log("generic gvm", () => resolvers.Select(r => GenericCode<int>.Format(r, 31) + GenericCode<string>.Format(r, "v") + GenericCode<object>.Format(r, 2.5)).ToList());
        t.Log("generic method in generic type", () => GenericCode<int>.Tagged(ints[1], "m", 4) + GenericCode<string>.Tagged(strings[1], 7, "x") + GenericCode<string>.Tagged<object>(strings[0], "o", "y"));
        t.Log("generic delegate", () => GenericCode<int>.Count(new[] { 1, 2, 3, 4 }, x => x % 2 == 0) + GenericCode<string>.Count(new[] { "a", "bb" }, s => s.Length > 1));
        t.Log("generic null delegate", () => GenericCode<string>.Count(new[] { "a" }, null!));
        t.Log("generic default method", () => GenericCode<int>.Greet(new LoudGreeterOf<int>(), 1) + GenericCode<string>.Greet(new QuietGreeterOf<string>(), "q"));
        t.Log("generic by-ref", () => GenericCode<int>.Updated(new Doubler(), 21) + GenericCode<string>.Updated(new Doubler(), "ab"));
        var named = new Named("n");
        t.Log("generic constrained IEquatable", () => GenericCode<int>.Same(named, new Named("n")) + "/" + GenericCode<int>.Same(3, 4) + "/" + named.Compared);
        t.Log("generic variance", () => GenericCode<int>.First<object>(new List<string> { "covariant" }));
        t.Log("generic new()", () => GenericCode<int>.Made<QuotedFormatter<int>>(9) + GenericCode<string>.Made<PlainFormatter<string>>("w"));
        t.Log("generic nested", () => GenericCode<int>.Nested<string>.Pair(ints[2], strings[1], 10, "z") + GenericCode<string>.Nested<int>.Pair(strings[0], ints[0], "y", 11));
        t.Log("generic null receiver", () => GenericCode<string>.Render(null!, "n"));
        t.Log("generic ref struct", () => RefStructGenerics.LengthOf<ReadOnlySpan<char>>(new SpanView(), "four".AsSpan()));
    }

    /// <summary>A hot polymorphic loop, for the promotion test: returns a checksum.</summary>
    public static double Hot(int iterations)
    {
        IShape[] shapes = [new Circle(1), new Square(2), new Cube(1), new ExplicitShape()];
        Animal[] animals = [new Dog(), new Puppy(), new Cat()];
        var total = 0.0;
        for (var i = 0; i < iterations; i++)
        {
            total += ControlFlow.Loop(shapes, 1);
            total += animals[i % 3].Speak().Length;
        }

        total += DelegateCalls.Hot(iterations) + ConstrainedCalls.Hot(iterations) + GenericHot(iterations);

        return total;
    }
}
