namespace Optpoline.Corpus.Tests;

/// <summary>
/// Picks type arguments for generic definitions, so that their code can be compiled: a reference type
/// wherever the constraints allow (the one shared body every reference-type instantiation runs, which
/// is also where woven sites in generic code live), <c>int</c> for a parameter constrained to
/// <c>struct</c> and nothing else. A parameter whose constraints name other generic parameters is not
/// solved; the caller counts the method as skipped.
/// </summary>
internal static class GenericArguments
{
    /// <summary>Arguments for <paramref name="parameters"/>, or null when one of them has none.</summary>
    public static Type[]? For(Type[] parameters)
    {
        var arguments = new Type[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (Choose(parameters[i]) is not { } argument)
            {
                return null;
            }

            arguments[i] = argument;
        }

        return arguments;
    }

    private static Type? Choose(Type parameter)
    {
        var constraints = parameter.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).ToArray();
        if ((parameter.GenericParameterAttributes & System.Reflection.GenericParameterAttributes.NotNullableValueTypeConstraint) != 0)
        {
            return constraints.Length == 0 ? typeof(int) : null;
        }

        return constraints switch
        {
            [] => typeof(object),

            // where T : SomeClass / ISomeInterface: the constraint satisfies itself (unless new() is also asked of an interface or an abstract class; MakeGenericType tells).
            [var only] when !only.ContainsGenericParameters => only,
            _ => null,
        };
    }
}
