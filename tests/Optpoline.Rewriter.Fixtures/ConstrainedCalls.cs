using System.Globalization;

namespace Optpoline.Rewriter.Fixtures;

// constrained. calls in generic code: class and struct instantiations, structs mutated in place
// through a ref, a field and a local copy, a generic virtual method, and the calls left alone.
public interface IStepper
{
    int Step();
}

public sealed class ClassStepper : IStepper
{
    private int _steps;

    public int Step() => ++_steps;
}

public class BaseStepper : IStepper
{
    protected int Steps { get; set; }

    public virtual int Step() => Steps += 10;
}

public sealed class DerivedStepper : BaseStepper
{
    public override int Step() => Steps += 100;
}

public struct StructStepper : IStepper
{
    private int _steps;

    public int Step() => ++_steps;

    public readonly override string ToString() => "stepper at " + _steps.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A struct that does not override ToString or GetHashCode: constrained calls box it.</summary>
public struct Plain(int value)
{
    public int Value = value;
}

public sealed class Stepping<T>(T stepper)
    where T : IStepper
{
    private T _stepper = stepper;

    /// <summary>constrained. !0 on a field: a struct is stepped in place.</summary>
    public int StepField() => _stepper.Step();

    public string Show() => _stepper.ToString()!;
}

public static class ConstrainedCalls
{
    /// <summary>constrained. !!0 through a ref: the caller's struct is stepped.</summary>
    public static int StepRef<T>(ref T stepper)
        where T : IStepper => stepper.Step();

    /// <summary>constrained. !!0 on a by-value copy: a struct copy is stepped, the caller's is not.</summary>
    public static int StepTwice<T>(T stepper)
        where T : IStepper
    {
        stepper.Step();
        return stepper.Step();
    }

    public static string Text<T>(T value) => value?.ToString() ?? "null";

    public static int Hash<T>(T value) => value!.GetHashCode();

    /// <summary>constrained. on a type parameter constrained to struct: left alone (direct already).</summary>
    public static string StructText<T>(T value)
        where T : struct => value.ToString()!;

    /// <summary>The callee names the caller's type parameter: left alone (generic context).</summary>
    public static bool Same<T>(T a, T b)
        where T : IEquatable<T> => a.Equals(b);

    /// <summary>A generic virtual method through a constrained call.</summary>
    public static TOut Convert<TConverter, TOut>(TConverter converter, string value)
        where TConverter : Converter => converter.Convert<TOut>(value);

    /// <summary>constrained. Plain (a concrete value type): left alone.</summary>
    public static string PlainText(Plain plain) => plain.ToString() + (plain.GetHashCode() == plain.GetHashCode());

    /// <summary>A hot loop over several reference types and a struct, for the promotion test.</summary>
    public static long Hot(int iterations)
    {
        IStepper[] steppers = [new ClassStepper(), new BaseStepper(), new DerivedStepper(), new StructStepper()];
        var structStepper = new StructStepper();
        long total = 0;
        for (var i = 0; i < iterations; i++)
        {
            var stepper = steppers[i % steppers.Length];
            total += StepRef(ref stepper) + StepTwice(stepper) + StepRef(ref structStepper);
        }

        return total;
    }
}
