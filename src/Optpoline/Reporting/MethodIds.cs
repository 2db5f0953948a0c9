using System.Reflection;

namespace Optpoline.Reporting;

/// <summary>Names the method a call reaches as a <see cref="MethodId"/>, for a rewriter to call directly.</summary>
/// <remarks>
/// The token is the method definition's (a <c>MethodDef</c>, table 0x06) in the declaring type's module.
/// On CoreCLR <see cref="MemberInfo.MetadataToken"/> already is that for a method of a constructed
/// generic type and for a generic method instantiation (an instantiation has no token of its own);
/// the tests pin this, and anything else (a <c>MethodSpec</c> or <c>MemberRef</c>, a dynamic method) gets
/// no id rather than a token the rewriter would resolve to the wrong method.
/// </remarks>
internal static class MethodIds
{
    private const int MethodDefTable = 0x06;

    /// <summary>The method's id, or null when it has none. Never throws.</summary>
    public static MethodId? Of(MethodInfo method)
    {
        try
        {
            var token = method.MetadataToken;
            if (method.IsAbstract || method.IsGenericMethodDefinition || token >>> 24 != MethodDefTable
                || method.DeclaringType is not { } declaring || TypeIds.Of(declaring) is not { } declaringId)
            {
                return null;
            }

            var arguments = method.IsGenericMethod ? TypeIds.AllOf(method.GetGenericArguments()) : [];
            return arguments is null || MethodSignatures.Of(method) is not { } signature ? null : new MethodId(declaringId, token, method.Name, arguments) { Signature = signature };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
