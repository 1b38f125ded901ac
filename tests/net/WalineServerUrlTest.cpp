#include "net/WalineClient.h"

#include <gtest/gtest.h>

#include <ostream>

namespace {

struct UrlCase
{
    // A failing case names itself instead of printing a byte dump.
    friend void PrintTo(const UrlCase& c, std::ostream* os) { *os << c.name; }

    const char* name;
    const char* input;
    // The accepted URL, or nullptr when the input must be refused.
    const char* expectedUrl;
    // Part of the refusal message.
    const char* expectedError;
};

class ServerUrlValidation : public ::testing::TestWithParam<UrlCase>
{
};

} // namespace

TEST_P(ServerUrlValidation, AcceptsOnlyPlainHttpAndHttpsAddresses)
{
    const UrlCase& c = GetParam();
    const WalineClient::ServerUrl result = WalineClient::validateServerUrl(QString::fromUtf8(c.input));
    if (c.expectedUrl) {
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        EXPECT_EQ(result.url, QUrl(QString::fromUtf8(c.expectedUrl)));
    } else {
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.url.isEmpty());
        EXPECT_TRUE(result.error.contains(QString::fromUtf8(c.expectedError))) << result.error.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Addresses,
    ServerUrlValidation,
    ::testing::Values(UrlCase {"Https", "https://comments.example.com", "https://comments.example.com", nullptr},
                      UrlCase {"HttpWithPort", "http://127.0.0.1:8360", "http://127.0.0.1:8360", nullptr},
                      UrlCase {"PathPrefix", "https://example.com/waline/", "https://example.com/waline/", nullptr},
                      UrlCase {"UpperCaseScheme", "HTTPS://Example.com", "https://example.com", nullptr},
                      UrlCase {"SurroundingSpaces", "  http://localhost:8360 \n", "http://localhost:8360", nullptr},
                      UrlCase {"Ipv6", "http://[::1]:8360", "http://[::1]:8360", nullptr},
                      UrlCase {"Empty", "", nullptr, "Enter the address"},
                      UrlCase {"Blank", "   ", nullptr, "Enter the address"},
                      UrlCase {"Ftp", "ftp://example.com", nullptr, "http:// or https://"},
                      UrlCase {"File", "file:///etc/passwd", nullptr, "http:// or https://"},
                      UrlCase {"NoScheme", "example.com", nullptr, "http:// or https://"},
                      UrlCase {"HostPortWithoutScheme", "localhost:8360", nullptr, "http:// or https://"},
                      UrlCase {"JavaScript", "javascript:alert(1)", nullptr, "http:// or https://"},
                      UrlCase {"NoHost", "http://", nullptr, "no host name"},
                      UrlCase {"NoHostWithPath", "https:///path", nullptr, "no host name"},
                      UrlCase {"UserInfo", "https://user:secret@example.com", nullptr, "user name or password"},
                      UrlCase {"UserOnly", "https://user@example.com", nullptr, "user name or password"},
                      UrlCase {"Query", "https://example.com/?x=1", nullptr, "\"?\" or \"#\""},
                      UrlCase {"Fragment", "https://example.com/#top", nullptr, "\"?\" or \"#\""},
                      UrlCase {"BadPort", "http://example.com:99999", nullptr, "not a valid address"},
                      UrlCase {"Spaces", "http://exa mple.com", nullptr, "not a valid address"}),
    [](const auto& testCase) { return std::string(testCase.param.name); });
