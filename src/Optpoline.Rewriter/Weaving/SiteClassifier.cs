using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// Decides, for one <c>callvirt</c>, whether routing it through a call site is safe, and with which
/// signature and shim. The rule is to rewrite only what is proven to be a real indirect call whose
/// exact meaning a shim can reproduce; everything else is skipped with a reason.
/// </summary>
/// <remarks>
/// Three kinds are rewritten: virtual, interface and generic virtual calls on an object reference;
/// delegate invocations (<c>callvirt D::Invoke</c>); and <c>constrained. T callvirt</c> where T may be a
/// reference type (a type parameter without the <c>struct</c> constraint, or a class). A constrained
/// call on a value type is already a direct call and is left alone. Calls in generic code whose callee
/// or delegate type is named through the caller's type parameters are rewritten too (marked
/// <see cref="SiteClassification.InGenericCode"/>), and so counted apart when skipped.
/// </remarks>
internal sealed class SiteClassifier
{
    private readonly Dictionary<string, bool?> _byRefLike = new(StringComparer.Ordinal);

    public SiteClassification Classify(Instruction call, CallerGenerics callerGenerics)
    {
        var classification = ClassifyCall(call, callerGenerics);
        return classification.ShouldRewrite || classification.InGenericCode || call.Operand is not MethodReference callee
            ? classification
            : classification with { InGenericCode = InGenericCode(callee) };
    }

    private SiteClassification ClassifyCall(Instruction call, CallerGenerics callerGenerics)
    {
        var callee = (MethodReference)call.Operand;
        var isTail = false;
        Instruction? constraint = null;
        for (var prefix = call.Previous; prefix is { OpCode.OpCodeType: OpCodeType.Prefix }; prefix = prefix.Previous)
        {
            switch (prefix.OpCode.Code)
            {
                case Code.Tail:
                    isTail = true;
                    break;
                case Code.Constrained:
                    constraint = prefix;
                    break;
                default:
                    return SiteClassification.Skip(SkipReason.Prefixed);
            }
        }

        if (constraint is not null)
        {
            if (isTail)
            {
                // The shim would need the tail. prefix on its own call: rare enough to leave alone.
                return SiteClassification.Skip(SkipReason.Prefixed);
            }

            switch (MayBeReferenceType((TypeReference)constraint.Operand))
            {
                case null:
                    return SiteClassification.Skip(SkipReason.Unresolved);
                case false:
                    return SiteClassification.Skip(SkipReason.Constrained);
            }
        }

        if (callee.DeclaringType is ArrayType || callee.CallingConvention == MethodCallingConvention.VarArg || !callee.HasThis || callee.ExplicitThis)
        {
            return SiteClassification.Skip(SkipReason.UnsupportedSignature);
        }

        // Resolving needs the callee's assembly; a missing one throws AssemblyResolutionException,
        // which refuses the whole input (a half-understood assembly is not rewritten at all).
        var definition = callee.Resolve();
        if (definition is null)
        {
            return SiteClassification.Skip(SkipReason.Unresolved);
        }

        var kind = constraint is not null ? SiteKind.Constrained : SiteKind.Virtual;
        if (IsDelegate(definition.DeclaringType))
        {
            if (definition.Name != "Invoke" || constraint is not null)
            {
                return SiteClassification.Skip(SkipReason.Final);
            }

            kind = SiteKind.Delegate;
        }
        else
        {
            if (!definition.IsVirtual || definition.IsStatic)
            {
                return SiteClassification.Skip(SkipReason.NotVirtual);
            }

            if (definition.IsFinal || (definition.DeclaringType.IsSealed && !definition.DeclaringType.IsInterface) || definition.DeclaringType.IsValueType)
            {
                return SiteClassification.Skip(SkipReason.Final);
            }
        }

        if (!InGenericCode(callee))
        {
            return Signature(callee) is { } plain
                ? SiteClassification.Rewrite(plain, isTail, kind, constraint)
                : SiteClassification.Skip(SkipReason.UnsupportedSignature);
        }

        // Named through the caller's type parameters: a holder generic over them gives each
        // instantiation of the caller a site of its own (SiteWeaver.Holder).
        if (callerGenerics.AllowsRefStruct)
        {
            // A parameter that may be a ref struct can be no generic argument of a delegate type of ours.
            return SiteClassification.Skip(SkipReason.GenericContext) with { InGenericCode = true };
        }

        return Signature(callee) is { } signature
            ? SiteClassification.Rewrite(signature, isTail, kind, constraint) with { InGenericCode = true }
            : SiteClassification.Skip(SkipReason.UnsupportedSignature) with { InGenericCode = true };
    }

    /// <summary>Whether the callee's declaring type (for a delegate: the delegate type) or its method arguments name the caller's type parameters.</summary>
    public static bool InGenericCode(MethodReference callee) =>
        CallerGenerics.Mentions(callee.DeclaringType) || (callee is GenericInstanceMethod generic && generic.GenericArguments.Any(CallerGenerics.Mentions));

    /// <summary>
    /// Whether a <c>constrained.</c> call's type can be a reference type at run time: true for classes,
    /// interfaces and type parameters without the <c>struct</c> constraint; false for value types (the
    /// JIT already calls those directly); null when the type cannot be resolved.
    /// </summary>
    private static bool? MayBeReferenceType(TypeReference type)
    {
        if (type is GenericParameter parameter)
        {
            return !parameter.HasNotNullableValueTypeConstraint;
        }

        if (type.IsValueType)
        {
            return false;
        }

        var definition = (type is GenericInstanceType instance ? instance.ElementType : type).Resolve();
        return definition is null ? null : !definition.IsValueType;
    }

    private SiteSignature? Signature(MethodReference callee)
    {
        var returns = GenericInflater.Inflate(callee.ReturnType, callee);
        if (returns.IsByReference || !IsExpressible(returns))
        {
            return null;
        }

        var needsCustom = IsByRefLike(returns) ?? true;
        var parameters = new List<TypeReference>(callee.Parameters.Count);
        foreach (var parameter in callee.Parameters)
        {
            var type = GenericInflater.Inflate(parameter.ParameterType, callee);
            if (!IsExpressible(type))
            {
                return null;
            }

            needsCustom |= type.IsByReference || (IsByRefLike(type) ?? true);
            parameters.Add(type);
        }

        // Already in the caller's terms (in generic code its !0 is the caller's, not the callee's own).
        var receiver = callee.DeclaringType;
        return new SiteSignature(receiver, parameters, returns, needsCustom);
    }

    /// <summary>False for what no delegate of ours carries: pointers, function pointers, TypedReference and the like.</summary>
    private static bool IsExpressible(TypeReference type)
    {
        switch (type)
        {
            case PointerType or FunctionPointerType or PinnedType or SentinelType:
                return false;
            case TypeSpecification specification:
                return IsExpressible(specification.ElementType)
                    && (specification is not GenericInstanceType instance || instance.GenericArguments.All(IsExpressible));
            default:
                return type.MetadataType is not (MetadataType.TypedByReference or MetadataType.Pointer or MetadataType.FunctionPointer)
                    && type.FullName is not ("System.ArgIterator" or "System.RuntimeArgumentHandle");
        }
    }

    /// <summary>Whether the type is a ref struct (Span and friends), which Func and Action cannot take; null when unknown.</summary>
    private bool? IsByRefLike(TypeReference type)
    {
        var element = type is ByReferenceType byRef ? byRef.ElementType : type;
        if (element.IsPrimitive || element.IsArray || element.IsGenericParameter || element.MetadataType is MetadataType.Void or MetadataType.String or MetadataType.Object)
        {
            return false;
        }

        var definitionType = element is GenericInstanceType instance ? instance.ElementType : element;
        var key = definitionType.FullName + ", " + definitionType.Scope?.Name;
        if (!_byRefLike.TryGetValue(key, out var result))
        {
            var definition = definitionType.Resolve();
            result = definition is null ? null
                : definition.IsValueType && definition.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsByRefLikeAttribute");
            _byRefLike[key] = result;
        }

        return result;
    }

    private static bool IsDelegate(TypeDefinition type) =>
        type.BaseType?.FullName is "System.MulticastDelegate" or "System.Delegate" && type.FullName is not "System.MulticastDelegate";
}
