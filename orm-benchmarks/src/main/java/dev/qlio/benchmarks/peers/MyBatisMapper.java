package dev.qlio.benchmarks.peers;

import dev.qlio.benchmarks.model.Author;
import dev.qlio.benchmarks.model.Book;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.cursor.Cursor;

/** MyBatis' annotation mapper for the benchmark (auto-mapping, underscore to camel case). */
public interface MyBatisMapper {

    @Select("SELECT " + Sql.AUTHOR_COLUMNS + " FROM author WHERE id = #{id}")
    Author findById(long id);

    @Select("SELECT " + Sql.AUTHOR_COLUMNS + " FROM author WHERE id <= #{n} ORDER BY id")
    List<Author> list(long n);

    @Select(
            "SELECT "
                    + Sql.AUTHOR_COLUMNS
                    + " FROM author WHERE id BETWEEN #{from} AND #{to} ORDER BY id")
    List<Author> authorsBetween(@Param("from") long from, @Param("to") long to);

    @Select(
            "SELECT "
                    + Sql.BOOK_COLUMNS
                    + " FROM book WHERE author_id BETWEEN #{from} AND #{to} ORDER BY author_id, id")
    List<Book> booksOfAuthorsBetween(@Param("from") long from, @Param("to") long to);

    @Select(Sql.ALL_BOOKS)
    @Options(fetchSize = 500)
    Cursor<Book> allBooks();

    @Insert(
            "INSERT INTO author (name, email, born, rating, active, created_at, score) VALUES"
                    + " (#{name}, #{email}, #{born}, #{rating}, #{active}, #{createdAt}, #{score})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int insert(Author author);

    @Update("UPDATE author SET name = #{name} WHERE id = #{id}")
    int updateName(Author author);

    @Delete("DELETE FROM book WHERE id = #{id}")
    int deleteBook(long id);
}
