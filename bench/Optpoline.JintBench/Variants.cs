namespace Optpoline.JintBench;

/// <summary>The two Jint builds; each is a folder under <c>jint/</c> beside the benchmark.</summary>
internal static class Variants
{
    public const string Stock = "stock";
    public const string Woven = "woven";

    public static string Folder(string variant) => Path.Combine(AppContext.BaseDirectory, "jint", variant);
}
