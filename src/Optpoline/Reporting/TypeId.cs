namespace Optpoline.Reporting;

/// <summary>
/// A type named so that a rewriter can find it again: its assembly, the build of that assembly, and
/// its definition's metadata name, with the type arguments of a generic instantiation.
/// </summary>
/// <param name="Assembly">The defining assembly's simple name.</param>
/// <param name="ModuleVersionId">The MVID of the defining module as built (before weaving, for a woven assembly).</param>
/// <param name="Name">The definition's full metadata name: namespace, nested types joined by <c>+</c>, arity suffixes (<c>Ns.Outer+Inner`1</c>).</param>
/// <param name="Arguments">Type arguments of a generic instantiation; empty otherwise.</param>
public sealed record TypeId(string Assembly, Guid ModuleVersionId, string Name, IReadOnlyList<TypeId> Arguments);
