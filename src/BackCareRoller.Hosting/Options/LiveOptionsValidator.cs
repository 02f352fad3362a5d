using Microsoft.Extensions.Options;

namespace BackCareRoller.Hosting.Options;

/// <summary>Source-generated validation of <see cref="LiveOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class LiveOptionsValidator : IValidateOptions<LiveOptions>;
