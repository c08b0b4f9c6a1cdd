using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests.Modeling;

public sealed class PascalWordsTests
{
    [Theory]
    [InlineData("GetPetByID", "Get Pet By ID")]
    [InlineData("Http2Settings", "Http2 Settings")]
    [InlineData("XMLHttpRequest", "XML Http Request")]
    [InlineData("ListURLs", "List URLs")]
    [InlineData("URLsByHost", "URLs By Host")]
    [InlineData("AuthOAuth", "Auth OAuth")]
    [InlineData("GetXPathValue", "Get XPath Value")]
    [InlineData("snake_case", "snake case")]
    [InlineData("Moviegoer", "Moviegoer")]
    public void An_identifier_splits_into_its_words(string identifier, string words) =>
        Assert.Equal(words.Split(' '), PascalWords.Split(identifier));
}
