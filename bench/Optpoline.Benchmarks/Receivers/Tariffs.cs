// Receivers for the abstract-class call benchmarks: eight sealed overrides of one abstract method
// that takes an argument.
namespace Optpoline.Benchmarks.Receivers;

public abstract class Tariff
{
    public abstract double Cost(double units);
}

public sealed class FlatTariff(double fee) : Tariff
{
    public override double Cost(double units) => fee;
}

public sealed class PerUnitTariff(double rate) : Tariff
{
    public override double Cost(double units) => rate * units;
}

public sealed class StandingChargeTariff(double fee, double rate) : Tariff
{
    public override double Cost(double units) => fee + (rate * units);
}

public sealed class CappedTariff(double rate, double cap) : Tariff
{
    public override double Cost(double units) => Math.Min(rate * units, cap);
}

public sealed class MinimumTariff(double rate, double minimum) : Tariff
{
    public override double Cost(double units) => Math.Max(rate * units, minimum);
}

public sealed class DiscountedTariff(double rate, double discount) : Tariff
{
    public override double Cost(double units) => rate * units * (1 - discount);
}

public sealed class TwoTierTariff(double rate, double threshold) : Tariff
{
    public override double Cost(double units) => units <= threshold ? rate * units : (rate * threshold) + (2 * rate * (units - threshold));
}

public sealed class FreeAllowanceTariff(double rate, double allowance) : Tariff
{
    public override double Cost(double units) => units <= allowance ? 0 : rate * (units - allowance);
}

public static class Tariffs
{
    /// <summary>Tariff number <paramref name="type"/> (0..7, the order <see cref="Distribution"/> uses).</summary>
    public static Tariff Create(int type, int n)
    {
        var x = 1 + (n % 7);
        return type switch
        {
            0 => new FlatTariff(x),
            1 => new PerUnitTariff(x),
            2 => new StandingChargeTariff(x, 0.5),
            3 => new CappedTariff(x, 10),
            4 => new MinimumTariff(x, 3),
            5 => new DiscountedTariff(x, 0.1),
            6 => new TwoTierTariff(x, 2),
            7 => new FreeAllowanceTariff(x, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }
}
