using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// Decides, for one <c>callvirt</c>, whether routing it through a call site is safe, and with which
/// signature. The rule is to rewrite only what is proven to be a real indirect call whose exact
/// meaning a shim can reproduce; everything else is skipped with a reason.
/// </summary>
internal sealed class SiteClassifier
{
    private readonly Dictionary<string, bool?> _byRefLike = new(StringComparer.Ordinal);

    public SiteClassification Classify(Instruction call)
    {
        var callee = (MethodReference)call.Operand;
        var isTail = false;
        for (var prefix = call.Previous; prefix is { OpCode.OpCodeType: OpCodeType.Prefix }; prefix = prefix.Previous)
        {
            if (prefix.OpCode.Code == Code.Constrained)
            {
                return SiteClassification.Skip(SkipReason.Constrained);
            }

            if (prefix.OpCode.Code != Code.Tail)
            {
                return SiteClassification.Skip(SkipReason.Prefixed);
            }

            isTail = true;
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

        if (IsDelegate(definition.DeclaringType))
        {
            return SiteClassification.Skip(definition.Name == "Invoke" ? SkipReason.DelegateInvoke : SkipReason.Final);
        }

        if (!definition.IsVirtual || definition.IsStatic)
        {
            return SiteClassification.Skip(SkipReason.NotVirtual);
        }

        if (definition.IsFinal || (definition.DeclaringType.IsSealed && !definition.DeclaringType.IsInterface) || definition.DeclaringType.IsValueType)
        {
            return SiteClassification.Skip(SkipReason.Final);
        }

        if (callee.DeclaringType.ContainsGenericParameter || (callee is GenericInstanceMethod generic && generic.GenericArguments.Any(a => a.ContainsGenericParameter)))
        {
            return SiteClassification.Skip(SkipReason.GenericContext);
        }

        return Signature(callee) is { } signature
            ? SiteClassification.Rewrite(signature, isTail)
            : SiteClassification.Skip(SkipReason.UnsupportedSignature);
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

        var receiver = GenericInflater.Inflate(callee.DeclaringType, callee);
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
