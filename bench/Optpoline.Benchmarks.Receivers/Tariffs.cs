// Receivers for the abstract-class call benchmarks: eight sealed overrides of one abstract method
// that takes an argument.
namespace Optpoline.Benchmarks.Receivers;

public abstract class Tariff
{
    public abstract int Cost(int units);
}

public sealed class FlatTariff(int fee) : Tariff
{
    public override int Cost(int units) => fee;
}

public sealed class PerUnitTariff(int rate) : Tariff
{
    public override int Cost(int units) => rate * units;
}

public sealed class StandingChargeTariff(int fee, int rate) : Tariff
{
    public override int Cost(int units) => fee + (rate * units);
}

public sealed class CappedTariff(int rate, int cap) : Tariff
{
    public override int Cost(int units) => Math.Min(rate * units, cap);
}

public sealed class MinimumTariff(int rate, int minimum) : Tariff
{
    public override int Cost(int units) => Math.Max(rate * units, minimum);
}

public sealed class DiscountedTariff(int rate, int percentOff) : Tariff
{
    public override int Cost(int units) => rate * units * (100 - percentOff) / 100;
}

public sealed class TwoTierTariff(int rate, int threshold) : Tariff
{
    public override int Cost(int units) => units <= threshold ? rate * units : (rate * threshold) + (2 * rate * (units - threshold));
}

public sealed class FreeAllowanceTariff(int rate, int allowance) : Tariff
{
    public override int Cost(int units) => units <= allowance ? 0 : rate * (units - allowance);
}

public static class Tariffs
{
    /// <summary>Tariff number <paramref name="type"/> (0..7, the order the benchmarks' <c>Distribution</c> uses).</summary>
    public static Tariff Create(int type, int n)
    {
        var x = 1 + (n % 7);
        return type switch
        {
            0 => new FlatTariff(x),
            1 => new PerUnitTariff(x),
            2 => new StandingChargeTariff(x, 2),
            3 => new CappedTariff(x, 10),
            4 => new MinimumTariff(x, 3),
            5 => new DiscountedTariff(x, 10),
            6 => new TwoTierTariff(x, 2),
            7 => new FreeAllowanceTariff(x, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }
}
