namespace Optpoline.Workloads.Pipeline.Routing;

/// <summary>Lower-case letters, digits and hyphens, starting with a letter.</summary>
public sealed class SlugRouteConstraint : IRouteConstraint
{
    public bool Accepts(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetterLower(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
