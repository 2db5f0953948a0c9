namespace Optpoline.Tests.Differential;

/// <summary>The parameters of a generated method.</summary>
internal enum ArgShape
{
    /// <summary><c>(int a)</c></summary>
    Int,

    /// <summary><c>(string s)</c></summary>
    String,

    /// <summary><c>(int a, string s)</c></summary>
    IntString,

    /// <summary><c>()</c>: only <see cref="object.ToString"/> overrides.</summary>
    None,
}
