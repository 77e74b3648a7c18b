using PostLint.Localization;

namespace PostLint.Tests.Localization;

/// <summary>The message catalog's templates: named values, Korean particles chosen by the value before them, and text left as written.</summary>
public class MessageTemplateTests
{
    [Theory]
    [InlineData("{key} is {n}", "key n")]
    [InlineData("{a} and {a} and {b2}", "a b2")]
    [InlineData("{}", "")]
    [InlineData("{1x} {a-b} {가} {x", "")]
    [InlineData("{은} {key}{은}", "key")]
    [InlineData("{x}}", "x")]
    public void A_template_names_its_values_in_order_once_each(string template, string names) =>
        Assert.Equal(names, string.Join(" ", Message.ParseNames(template)));

    [Theory]
    [InlineData("{key}{은} 없습니다", "")]
    [InlineData("'{key}'{은} 없습니다", "")]
    [InlineData("\"{key}\"{이} 없습니다", "")]
    [InlineData("({key}){을} 보세요", "")]
    [InlineData("{은} 없습니다", "은")]
    [InlineData("값{은} 없습니다", "은")]
    [InlineData("{key} 값{을} 보세요", "을")]
    [InlineData("{key}'x{을}", "을")]
    [InlineData("{key}{으로} {을}", "을")]
    public void A_particle_must_follow_a_value_or_a_closing_mark_after_one(string template, string stray) =>
        Assert.Equal(stray, string.Join(" ", Message.StrayParticles(template)));

    private static readonly Message Sample = new("{key} is {n}, not {value}", "{key}{은} {n}{이} 아니라 {value}입니다");

    [Fact]
    public void Values_are_written_invariantly_and_particles_follow_them()
    {
        Assert.Equal("{key} is {n}, not {value}", Sample.Template(Language.English));
        Assert.Equal("{key}{은} {n}{이} 아니라 {value}입니다", Sample.Template(Language.Korean));
        var message = Sample.With("날짜", 1.5, null);
        Assert.Equal("날짜 is 1.5, not ", message.In(Language.English));
        Assert.Equal("날짜는 1.5가 아니라 입니다", message.In(Language.Korean));
        Assert.Equal("제목은 3이 아니라 x입니다", Sample.Format(Language.Korean, "제목", 3, new Uri("x", UriKind.Relative)));
        Assert.Equal("PL201 is 2 errors, not x", Sample.With("PL201", CoreMessages.Errors.With(2), 'x').In(Language.English));
        Assert.Equal("PL201은 오류 2개가 아니라 x입니다", Sample.With("PL201", CoreMessages.Errors.With(2), 'x').In(Language.Korean));
    }

    [Fact]
    public void A_value_the_english_template_does_not_name_stays_as_written_in_korean()
    {
        var message = new Message("{a}", "{a}와 {b}{은}");
        Assert.Equal("x와 {b}는", message.With("x").In(Language.Korean));
    }

    [Fact]
    public void The_wrong_number_of_values_is_refused_with_the_names()
    {
        var error = Assert.Throws<ArgumentException>(() => Sample.With("a"));
        Assert.StartsWith("'{key} is {n}, not {value}' takes 3 arguments (key, n, value), not 1", error.Message, StringComparison.Ordinal);
        Assert.True(Message.IsParticle("으로"));
        Assert.False(Message.IsParticle("key"));
    }
}
