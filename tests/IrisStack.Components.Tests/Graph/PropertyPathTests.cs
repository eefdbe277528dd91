using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Graph;

public sealed class PropertyPathTests
{
    [Theory]
    [InlineData("values.defaultSSLPolicy", new[] { "values", "defaultSSLPolicy" })]
    [InlineData("data[\"nginx.conf\"]", new[] { "data", "nginx.conf" })]
    [InlineData("stringData[\"CSP.ini\"]", new[] { "stringData", "CSP.ini" })]
    [InlineData("metadata.labels[\"pod-security.kubernetes.io/enforce\"]", new[] { "metadata", "labels", "pod-security.kubernetes.io/enforce" })]
    [InlineData("tags[\"a\\\"b\"]", new[] { "tags", "a\"b" })]
    [InlineData("[\"9lives\"].x", new[] { "9lives", "x" })]
    public void Of_QuotesOnlyKeysThatAreNotPlainNames(string expected, string[] segments) =>
        Assert.Equal(expected, PropertyPath.Of(segments));
}
