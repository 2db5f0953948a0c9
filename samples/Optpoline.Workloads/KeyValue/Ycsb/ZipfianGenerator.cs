namespace Optpoline.Workloads.KeyValue.Ycsb;

/// <summary>
/// YCSB's scrambled zipfian key chooser: item popularity follows a zipfian law (constant 0.99, as
/// YCSB's default), and the popular items are scattered over the key range by hashing, so that hot
/// keys are not neighbours. The algorithm is Gray et al., "Quickly generating billion-record
/// synthetic databases" (SIGMOD 1994), as YCSB's ZipfianGenerator implements it.
/// </summary>
public sealed class ZipfianGenerator
{
    public const double YcsbConstant = 0.99;

    private readonly long _items;
    private readonly double _theta;
    private readonly double _alpha;
    private readonly double _zetaN;
    private readonly double _eta;
    private readonly double _halfPowTheta;

    public ZipfianGenerator(long items, double theta = YcsbConstant)
    {
        _items = items;
        _theta = theta;
        _zetaN = Zeta(items, theta);
        var zeta2 = Zeta(2, theta);
        _alpha = 1.0 / (1.0 - theta);
        _eta = (1 - Math.Pow(2.0 / items, 1 - theta)) / (1 - (zeta2 / _zetaN));
        _halfPowTheta = 1 + Math.Pow(0.5, theta);
    }

    /// <summary>The next item's rank: 0 is the most popular.</summary>
    public long NextRank(Random random)
    {
        var u = random.NextDouble();
        var uz = u * _zetaN;
        if (uz < 1.0)
        {
            return 0;
        }

        if (uz < _halfPowTheta)
        {
            return 1;
        }

        return Math.Min(_items - 1, (long)(_items * Math.Pow((_eta * u) - _eta + 1, _alpha)));
    }

    /// <summary>The next item, popular ones scattered over [0, items).</summary>
    public long NextScrambled(Random random) => (long)(Fnv64(NextRank(random)) % (ulong)_items);

    /// <summary>YCSB's FNV-1 64-bit hash of a number's eight bytes (Utils.FNVhash64).</summary>
    public static ulong Fnv64(long value)
    {
        var hash = 0xCBF29CE484222325UL;
        for (var i = 0; i < 8; i++)
        {
            var octet = (ulong)(value & 0xFF);
            value >>= 8;
            hash ^= octet;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private static double Zeta(long n, double theta)
    {
        var sum = 0.0;
        for (long i = 0; i < n; i++)
        {
            sum += 1 / Math.Pow(i + 1, theta);
        }

        return sum;
    }

    public override string ToString() => $"zipfian({_items}, {_theta})";
}
