using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// The type parameters of a caller in generic code, as a site's generic holder re-declares them: the
/// caller's type's parameters first (for a nested type these already include its outer types'), then
/// the caller method's own. A site whose callee is named through them gets one holder instantiation,
/// and so one <c>CallSite</c>, per exact instantiation of the caller.
/// </summary>
/// <remarks>
/// Types are moved between three contexts. The caller names its parameters <c>!i</c> (its type's) and
/// <c>!!j</c> (its method's); the holder names all of them <c>!i</c> (the type's at the same
/// positions, the method's after them); a shim (a method of the caller's type, generic over the
/// caller method's parameters in the same order) names them as the caller does. The canonical form
/// used here is the holder's: every parameter a positional <c>!i</c>, so that two sites with the same
/// shape share a generated delegate type.
/// </remarks>
internal sealed class CallerGenerics
{
    /// <summary><c>GenericParameterAttributes.AllowByRefLike</c> (C# 13's <c>allows ref struct</c>), which Cecil 0.11 does not name.</summary>
    private const GenericParameterAttributes AllowByRefLike = (GenericParameterAttributes)0x0020;

    private readonly List<TypeReference> _typeParameters;
    private readonly List<TypeReference> _methodParameters;

    public CallerGenerics(MethodDefinition caller)
    {
        Caller = caller;
        var typeCount = caller.DeclaringType.GenericParameters.Count;
        var positional = Positional(caller.Module, typeCount + caller.GenericParameters.Count);
        _typeParameters = [.. positional.Take(typeCount)];
        _methodParameters = [.. positional.Skip(typeCount)];
        CallerArguments = [.. caller.DeclaringType.GenericParameters, .. caller.GenericParameters];
    }

    public MethodDefinition Caller { get; }

    /// <summary>How many parameters the holder declares.</summary>
    public int Arity => CallerArguments.Count;

    /// <summary>The caller's own parameters, in holder order: the arguments the caller instantiates the holder with.</summary>
    public IReadOnlyList<TypeReference> CallerArguments { get; }

    /// <summary>
    /// Whether a parameter of the caller may be a ref struct (<c>allows ref struct</c>): neither
    /// <c>Func&lt;&gt;</c> nor a generated delegate without the same anti-constraint could take it.
    /// </summary>
    public bool AllowsRefStruct => CallerArguments.Cast<GenericParameter>().Any(p => (p.Attributes & AllowByRefLike) != 0);

    /// <summary>Whether <paramref name="type"/>, as the caller names it, mentions any of the caller's parameters.</summary>
    public static bool Mentions(TypeReference type) => type.ContainsGenericParameter;

    /// <summary><paramref name="type"/>, as the caller names it, in the holder's (canonical) terms.</summary>
    public TypeReference Canonical(TypeReference type) => GenericInflater.Inflate(type, _typeParameters, _methodParameters);

    /// <summary>A canonical type as the caller (or a shim generic over the caller method's parameters) names it.</summary>
    public TypeReference InCaller(TypeReference canonical) => GenericInflater.Inflate(canonical, [.. CallerArguments], null);

    public SiteSignature Canonical(SiteSignature signature) => signature with
    {
        Receiver = Canonical(signature.Receiver),
        Parameters = [.. signature.Parameters.Select(Canonical)],
        Return = Canonical(signature.Return),
    };

    /// <summary>
    /// The callee as the holder names it: its declaring type and method arguments in canonical terms;
    /// its signature stays in the terms of its own definition, as every member reference's does.
    /// </summary>
    public MethodReference Canonical(MethodReference callee)
    {
        var element = callee is GenericInstanceMethod instance ? instance.ElementMethod : callee;
        var reference = GenericInflater.OnType(element, Canonical(element.DeclaringType));
        if (callee is not GenericInstanceMethod generic)
        {
            return reference;
        }

        var inflated = new GenericInstanceMethod(reference);
        foreach (var argument in generic.GenericArguments)
        {
            inflated.GenericArguments.Add(Canonical(argument));
        }

        return inflated;
    }

    /// <summary>The caller's type, instantiated with the holder's parameters: the exact type of each instantiation.</summary>
    public TypeReference CallerTypeInHolder()
    {
        var type = Caller.DeclaringType;
        return type.HasGenericParameters ? Instance(type, _typeParameters) : type;
    }

    /// <summary>The caller, instantiated with the holder's parameters: <c>ldtoken</c> of it names each instantiation's own method.</summary>
    public MethodReference CallerInHolder()
    {
        var reference = GenericInflater.OnType(Caller, CallerTypeInHolder());
        if (!Caller.HasGenericParameters)
        {
            return reference;
        }

        var instance = new GenericInstanceMethod(reference);
        foreach (var argument in _methodParameters)
        {
            instance.GenericArguments.Add(argument);
        }

        return instance;
    }

    /// <summary>
    /// Declares the caller's parameters on <paramref name="owner"/> (the holder), names and constraints
    /// included, so that every instantiation the caller makes satisfies them and every type the holder
    /// names is as well-formed as it is in the caller. Variance is dropped: only interfaces and
    /// delegates may have it.
    /// </summary>
    public void DeclareOn(TypeDefinition owner)
    {
        foreach (var source in CallerArguments.Cast<GenericParameter>())
        {
            owner.GenericParameters.Add(new GenericParameter(source.Name, owner)
            {
                Attributes = source.Attributes & ~GenericParameterAttributes.VarianceMask,
            });
        }

        foreach (var (source, target) in CallerArguments.Cast<GenericParameter>().Zip(owner.GenericParameters))
        {
            foreach (var constraint in source.Constraints)
            {
                target.Constraints.Add(new GenericParameterConstraint(Canonical(constraint.ConstraintType)));
            }
        }
    }

    /// <summary>
    /// Declares the caller method's parameters on <paramref name="shim"/> (a method of the caller's
    /// type), in the same order, so that the shim names them exactly as the caller does.
    /// </summary>
    public void DeclareMethodParametersOn(MethodDefinition shim)
    {
        foreach (var source in Caller.GenericParameters)
        {
            shim.GenericParameters.Add(new GenericParameter(source.Name, shim) { Attributes = source.Attributes });
        }

        foreach (var (source, target) in Caller.GenericParameters.Zip(shim.GenericParameters))
        {
            foreach (var constraint in source.Constraints)
            {
                target.Constraints.Add(new GenericParameterConstraint(constraint.ConstraintType));
            }
        }
    }

    /// <summary>
    /// Type parameters <c>!0</c> ... <c>!(count-1)</c>, standing for whatever type's own parameters they
    /// appear in: a signature names a type parameter by position only.
    /// </summary>
    public static IReadOnlyList<TypeReference> Positional(ModuleDefinition module, int count)
    {
        // Cecil numbers a parameter by its place in its owner's list: an owner that is never written holds them.
        var owner = new TypeReference("", "<Positional>", module, null);
        for (var i = 0; i < count; i++)
        {
            owner.GenericParameters.Add(new GenericParameter("!" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), owner));
        }

        return [.. owner.GenericParameters];
    }

    /// <summary><c>type&lt;arguments&gt;</c>.</summary>
    public static GenericInstanceType Instance(TypeReference type, IEnumerable<TypeReference> arguments)
    {
        var instance = new GenericInstanceType(type);
        foreach (var argument in arguments)
        {
            instance.GenericArguments.Add(argument);
        }

        return instance;
    }
}
