namespace Optpoline.Corpus.Packages.Model;

public interface IShape
{
    string Name { get; }

    double Area();
}
