package id.kompeten.training.service;

/** The fields of a new course: its editable fields and the code it keeps for good. */
public interface NewCourse extends CourseFields {

    String code();
}
