namespace BackCareRoller.Web.Tests.Browser;

/// <summary>Browser tests run one at a time: two Chromiums on two cores make each other time out.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTests
{
    public const string Name = "Chromium";
}
