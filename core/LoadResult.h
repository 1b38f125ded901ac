#pragma once

#include <QString>

#include <optional>
#include <utility>

// The outcome of reading content from a file: either a value, or a message a reader can act on.
template<typename T>
class LoadResult
{
public:
    static LoadResult success(T value) { return LoadResult(std::move(value), {}); }
    static LoadResult failure(QString message) { return LoadResult(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    const QString& error() const { return m_error; }

private:
    LoadResult(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    { }

    std::optional<T> m_value;
    QString m_error;
};
