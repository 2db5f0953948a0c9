namespace Optpoline.JintBench;

/// <summary>
/// The Jint builds, each a folder under <c>jint/</c> beside the benchmark: stock, woven and baked.
/// The variant <see cref="Off"/> (<c>--with-off</c>) runs the woven build with the runtime switched
/// off (<c>OPTPOLINE_ENABLED=0</c>): every site stays plain, so it measures what weaving alone costs.
/// The variant <see cref="Baked"/> (<c>--with-baked</c>) runs stock Jint woven again with a profile
/// recorded on the woven build (<see cref="Recorder"/>): inline type guards ahead of the adaptive sites.
/// </summary>
internal static class Variants
{
    public const string Stock = "stock";
    public const string Woven = "woven";
    public const string Off = "off";
    public const string Baked = "baked";

    public static bool IsWoven(string variant) => variant is Woven or Off or Baked;

    public static string Folder(string variant) => Path.Combine(AppContext.BaseDirectory, "jint", variant switch
    {
        Off => Woven,
        _ => variant,
    });
}
