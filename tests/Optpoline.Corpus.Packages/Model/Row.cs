namespace Optpoline.Corpus.Packages.Model;

public sealed class Row
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public decimal Price { get; set; }
}
