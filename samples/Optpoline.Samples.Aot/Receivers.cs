namespace Optpoline.Samples.Aot;

/// <summary>The receivers a site sees, in a fixed pseudo-random order with fixed shares.</summary>
internal static class Receivers
{
    public const int Length = 4096;

    /// <summary>
    /// <paramref name="Length"/> receivers drawn with the given shares by a seeded xorshift (not
    /// <see cref="Random"/>: the order must be the same in every build and runtime).
    /// </summary>
    public static T[] Pick<T>(uint seed, params (double Share, T Receiver)[] choices)
    {
        var picked = new T[Length];
        var state = seed * 2654435761u;
        for (var i = 0; i < picked.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            var draw = state / (double)uint.MaxValue;
            var j = 0;
            while (j < choices.Length - 1 && draw >= choices[j].Share)
            {
                draw -= choices[j].Share;
                j++;
            }

            picked[i] = choices[j].Receiver;
        }

        return picked;
    }
}
