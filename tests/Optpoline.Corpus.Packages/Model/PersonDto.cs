namespace Optpoline.Corpus.Packages.Model;

public sealed class PersonDto
{
    public string Name { get; set; } = "";

    public int Age { get; set; }
}
