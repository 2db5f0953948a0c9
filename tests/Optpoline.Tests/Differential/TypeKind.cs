namespace Optpoline.Tests.Differential;

/// <summary>What a generated type is.</summary>
internal enum TypeKind
{
    Interface,
    Class,
    Struct,
}
