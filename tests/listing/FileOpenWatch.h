#pragma once

#include <QString>

#include <sys/inotify.h>
#include <unistd.h>

#include <array>

// Tells whether anything in the system opened or read one file since the watch began (Linux inotify). Tests use it
// on a file of their own, named in hostile markup, to see that rendering the markup never touched it.
class FileOpenWatch
{
public:
    explicit FileOpenWatch(const QString& path)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            m_wd = inotify_add_watch(m_fd, path.toLocal8Bit().constData(), IN_OPEN | IN_ACCESS);
    }
    ~FileOpenWatch()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    FileOpenWatch(const FileOpenWatch&) = delete;
    FileOpenWatch& operator=(const FileOpenWatch&) = delete;

    bool isWatching() const { return m_fd >= 0 && m_wd >= 0; }

    // True once the file was opened or read; reads the events that arrived so far.
    bool wasOpened()
    {
        std::array<char, 4096> buffer {};
        while (read(m_fd, buffer.data(), buffer.size()) > 0)
            m_opened = true;
        return m_opened;
    }

private:
    int m_fd;
    int m_wd = -1;
    bool m_opened = false;
};
