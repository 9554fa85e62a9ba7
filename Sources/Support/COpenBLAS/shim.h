/* OpenBLAS's CBLAS interface, and the three LAPACK routines the engine calls.
   libopenblas ships LAPACK but no LAPACK header, so the Fortran prototypes are
   declared here by hand: arguments by pointer, matrices column-major. */
#include <cblas.h>

/* Solves A X = B for square A by LU with partial pivoting. */
void sgesv_(const int *n, const int *nrhs, float *a, const int *lda,
            int *ipiv, float *b, const int *ldb, int *info);

/* Least squares min ||A X - B|| for full-rank A by QR (or LQ) factorisation.
   Call once with lwork = -1 to ask for the workspace size. */
void sgels_(const char *trans, const int *m, const int *n, const int *nrhs,
            float *a, const int *lda, float *b, const int *ldb,
            float *work, const int *lwork, int *info);

/* Eigenvalues (ascending, in w) and, with jobz "V", eigenvectors (the columns of a on
   return) of a symmetric matrix, of which uplo "U" or "L" says which triangle is read.
   Call once with lwork = -1 to ask for the workspace size. */
void ssyev_(const char *jobz, const char *uplo, const int *n, float *a, const int *lda,
            float *w, float *work, const int *lwork, int *info);
