#pragma once

#include <QString>

// One paragraph of the printed article, with the role that decides its type size and weight. The text is plain
// text, always: whoever lays it out inserts it literally, never as markup.
struct PrintableBlock
{
    enum class Role {
        Headline,
        Heading,
        Paragraph,
        Closing,
        // The optional appendix: its title, each city's name line, and the lines about the city.
        AppendixTitle,
        CityName,
        CityDetail,
    };

    Role role = Role::Paragraph;
    QString text;

    friend bool operator==(const PrintableBlock& a, const PrintableBlock& b)
    {
        return a.role == b.role && a.text == b.text;
    }
    friend bool operator!=(const PrintableBlock& a, const PrintableBlock& b) { return !(a == b); }
};
