namespace Optpoline.JintBench;

/// <summary>
/// The Jint builds, each a folder under <c>jint/</c> beside the benchmark: stock and woven. The
/// third variant, <see cref="Off"/> (<c>--with-off</c>), runs the woven build with the runtime
/// switched off (<c>OPTPOLINE_ENABLED=0</c>): every site stays plain, so it measures what weaving
/// alone costs.
/// </summary>
internal static class Variants
{
    public const string Stock = "stock";
    public const string Woven = "woven";
    public const string Off = "off";

    public static bool IsWoven(string variant) => variant is Woven or Off;

    public static string Folder(string variant) => Path.Combine(AppContext.BaseDirectory, "jint", IsWoven(variant) ? Woven : Stock);
}
