#pragma once

#include "CoreError.h"

#include <cassert>
#include <utility>
#include <variant>

namespace onco {

/** Wraps a CoreError so that Result<T> can be built from an error unambiguously (like std::unexpected). */
struct Unexpected
{
    CoreError error;
};

inline Unexpected fail(CoreError::Code code, QString message, QString file = {}, qint64 line = 0)
{
    return Unexpected{CoreError{code, std::move(message), std::move(file), line, {}, {}, {}}};
}

/**
 * A value or a CoreError, with the interface of C++23 std::expected (has_value(), value(), error()),
 * so that the code moves to std::expected unchanged once the toolchain is C++23.
 */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Unexpected error)
        : m_data(std::in_place_index<1>, std::move(error.error))
    {
    }

    bool has_value() const
    {
        return m_data.index() == 0;
    }
    explicit operator bool() const
    {
        return has_value();
    }

    T& value() &
    {
        assert(has_value());
        return std::get<0>(m_data);
    }
    const T& value() const&
    {
        assert(has_value());
        return std::get<0>(m_data);
    }
    T&& value() &&
    {
        assert(has_value());
        return std::get<0>(std::move(m_data));
    }
    T* operator->()
    {
        return &value();
    }
    const T* operator->() const
    {
        return &value();
    }
    T& operator*() &
    {
        return value();
    }
    const T& operator*() const&
    {
        return value();
    }
    T&& operator*() &&
    {
        return std::move(*this).value();
    }

    const CoreError& error() const
    {
        assert(!has_value());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, CoreError> m_data;
};

/** Result of an operation that yields nothing on success. */
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Unexpected error)
        : m_error(std::move(error.error))
        , m_ok(false)
    {
    }

    bool has_value() const
    {
        return m_ok;
    }
    explicit operator bool() const
    {
        return m_ok;
    }
    const CoreError& error() const
    {
        assert(!m_ok);
        return m_error;
    }

private:
    CoreError m_error;
    bool m_ok = true;
};

} // namespace onco
