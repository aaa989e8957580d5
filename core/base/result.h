#pragma once
// Result<T>: a value or a structured decode error. Plain value types, any thread.
#include <QString>
#include <utility>
#include <variant>

namespace wf {

// Why a body could not be decoded. Widgets turn the kind into words; `path` and `detail` are evidence.
enum class DecodeErrorKind {
    NotJson,        // syntax error, truncated body, invalid UTF-8
    WrongType,      // e.g. a string where a number belongs
    MissingField,   // a required key is absent
    OutOfRange,     // a number outside what the contract allows (or not representable)
    InvalidValue,   // right type, meaningless value (e.g. a job id that is not "slot-counter")
    TooDeep,        // nesting beyond what the message may have
    Empty,          // empty body where one is required
};

struct DecodeError {
    DecodeErrorKind kind = DecodeErrorKind::NotJson;
    QString path;   // JSON path of the offending value, e.g. "[0].rows[3].sensors[5].intensity[2]"
    QString detail; // technical detail (expected vs found), English, for logs and reports

    QString toString() const;
};

QString decodeErrorKindName(DecodeErrorKind kind); // stable machine name, e.g. "wrong_type"

template <typename T> class Result
{
  public:
    Result(T value) : m_v(std::move(value)) {}
    Result(DecodeError error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const DecodeError &error() const { return std::get<DecodeError>(m_v); }

  private:
    std::variant<T, DecodeError> m_v;
};

} // namespace wf
